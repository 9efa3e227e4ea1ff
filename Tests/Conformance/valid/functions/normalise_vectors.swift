import Foundation

func norm(_ v: [Double]) -> Double { sqrt(v.map { $0 * $0 }.reduce(0, +)) }
func normalised(_ v: [Double]) -> [Double] {
    let n = norm(v)
    return n == 0 ? v : v.map { $0 / n }
}
func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).map(*).reduce(0, +) }
let v = [3.0, 4.0]
print(norm(v))
print(normalised(v))
print(normalised([0, 0]))
let u = normalised([1, 2, 2])
print(u)
print(dot([1, 0], [0, 1]), dot([1, 2, 3], [4, 5, 6]))
let cosine = dot(normalised([1, 1]), normalised([1, 0]))
print(String(format: "%.4f", cosine))
