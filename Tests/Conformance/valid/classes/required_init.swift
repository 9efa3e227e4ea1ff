class Widget {
    let id: Int
    required init(id: Int) {
        self.id = id
    }

    func kind() -> String { "widget" }
}

class Button: Widget {
    required init(id: Int) {
        super.init(id: id * 100)
    }
    override func kind() -> String { "button" }
}

class Slider: Widget {
    override func kind() -> String { "slider" }
}

func make(_ type: Widget.Type, id: Int) -> Widget {
    type.init(id: id)
}

let items = [make(Widget.self, id: 1), make(Button.self, id: 2), make(Slider.self, id: 3)]
for w in items {
    print(w.kind(), w.id)
}
