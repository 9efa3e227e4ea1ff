class Shape {
    final func describe() -> String {
        "shape"
    }
}

class Circle: Shape {
    override func describe() -> String {
        "circle"
    }
}

print("defined")
