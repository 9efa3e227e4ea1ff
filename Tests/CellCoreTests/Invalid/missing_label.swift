func f(x: Int) -> Int { x }
print(f(3))
