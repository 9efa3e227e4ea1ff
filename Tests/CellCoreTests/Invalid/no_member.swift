let s = "abc"
print(s.lenght)
