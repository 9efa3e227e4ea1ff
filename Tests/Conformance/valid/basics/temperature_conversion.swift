func celsius(fromFahrenheit f: Double) -> Double {
    (f - 32) * 5 / 9
}
func fahrenheit(fromCelsius c: Double) -> Double {
    c * 9 / 5 + 32
}
for f in [32.0, 212.0, 98.6, -40.0, 0.0] {
    print(f, "F =", celsius(fromFahrenheit: f), "C")
}
for c in [0.0, 37.0, 100.0, -273.15] {
    print(c, "C =", fahrenheit(fromCelsius: c), "F")
}
