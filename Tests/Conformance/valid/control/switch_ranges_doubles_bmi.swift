func bmiCategory(weight: Double, height: Double) -> String {
    let bmi = weight / (height * height)
    let rounded = (bmi * 10).rounded() / 10
    switch bmi {
    case ..<18.5: return "\(rounded) underweight"
    case 18.5..<25: return "\(rounded) normal"
    case 25..<30: return "\(rounded) overweight"
    default: return "\(rounded) obese"
    }
}
print(bmiCategory(weight: 50, height: 1.75))
print(bmiCategory(weight: 70, height: 1.75))
print(bmiCategory(weight: 85, height: 1.75))
print(bmiCategory(weight: 110, height: 1.75))
