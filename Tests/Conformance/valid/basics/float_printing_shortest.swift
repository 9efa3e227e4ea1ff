let values: [Float] = [0.1, 0.2, 0.3, 1.0 / 3.0, 123.456, 1e-3, 65504, 3.4028235e38, 1.17549435e-38, 7]
for v in values {
    print(v)
}
let d: [Double] = [0.3, 1.0 / 3.0, 123.456, 2.0 / 7.0, 1e21, 1e22, 1e23]
for v in d {
    print(v)
}
