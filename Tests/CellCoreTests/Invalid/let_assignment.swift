let k = 1
k = 2
