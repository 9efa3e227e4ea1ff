struct Temperature {
    var celsius: Double
    var label: String

    init(celsius: Double) {
        self.celsius = celsius
    }
}

print(Temperature(celsius: 20).celsius)
