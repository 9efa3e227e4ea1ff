let x: String = 42
