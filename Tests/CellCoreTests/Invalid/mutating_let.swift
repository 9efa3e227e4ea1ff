var a = [1]
let b = [2]
b.append(3)
