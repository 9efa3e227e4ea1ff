import Foundation

func ipow(_ base: Int, _ exp: Int) -> Int {
    var result = 1, b = base, e = exp
    while e > 0 {
        if e & 1 == 1 { result *= b }
        b *= b
        e >>= 1
    }
    return result
}

print(ipow(2, 10), ipow(3, 5), ipow(10, 0), ipow(-2, 3))
print(pow(2.0, 0.5))
print(Int(pow(2.0, 20.0)))
print(pow(10.0, -2.0))
print(Double(ipow(7, 3)).squareRoot())
let compound = 1000 * pow(1.05, 10.0)
print(compound)
print((compound * 100).rounded() / 100)
print(exp(log(8.0) / 3))
print(Int(log2(Double(1 << 16))))
