import Foundation

enum Constants {
    static let gravity = 9.81
    static let speedOfLight = 299_792_458
    static let greeting = "hello"

    static func fallTime(height: Double) -> Double {
        (2 * height / gravity).squareRoot()
    }
}

print(Constants.gravity)
print(Constants.speedOfLight)
print(Constants.greeting)
print(Constants.fallTime(height: 19.62))
print(Constants.fallTime(height: 0))

enum MathUtil {
    static func clamp(_ x: Int, _ lo: Int, _ hi: Int) -> Int {
        max(lo, min(hi, x))
    }
}
print(MathUtil.clamp(15, 0, 10), MathUtil.clamp(-3, 0, 10), MathUtil.clamp(4, 0, 10))
