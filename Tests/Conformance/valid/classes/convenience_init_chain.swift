class Window {
    let title: String
    let width: Int
    let height: Int

    init(title: String, width: Int, height: Int) {
        self.title = title
        self.width = width
        self.height = height
    }

    convenience init(title: String, size: Int) {
        self.init(title: title, width: size, height: size)
    }

    convenience init() {
        self.init(title: "Untitled", size: 100)
    }

    var summary: String { "\(title) \(width)x\(height)" }
}

class Dialog: Window {
    var buttons: [String]

    init(title: String, buttons: [String]) {
        self.buttons = buttons
        super.init(title: title, width: 300, height: 120)
    }

    override init(title: String, width: Int, height: Int) {
        buttons = ["OK"]
        super.init(title: title, width: width, height: height)
    }

    override var summary: String { super.summary + " " + buttons.joined(separator: "/") }
}

print(Window().summary)
print(Window(title: "Square", size: 64).summary)
print(Dialog(title: "Save?", buttons: ["Yes", "No"]).summary)
print(Dialog(title: "Info", size: 50).summary)
print(Dialog().summary)
