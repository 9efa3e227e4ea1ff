struct Fraction: CustomStringConvertible {
    var numerator: Int
    var denominator: Int

    var description: String {
        "\(numerator)/\(denominator)"
    }
}

let half = Fraction(numerator: 1, denominator: 2)
let third = Fraction(numerator: 1, denominator: 3)
print(half)
print("one third is \(third)")
print(String(describing: half))
print([half, third])
let maybe: Fraction? = half
print(maybe as Any)
print("\(half) and \(third)")
let fractions = [third, half].map { $0.description }.joined(separator: ", ")
print(fractions)
