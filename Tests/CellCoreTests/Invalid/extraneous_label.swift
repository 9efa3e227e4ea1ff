func g(_ x: Int) {}
g(x: 1)
