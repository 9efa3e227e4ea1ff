let o: Int? = 3
let z: Int = o
print(z)
