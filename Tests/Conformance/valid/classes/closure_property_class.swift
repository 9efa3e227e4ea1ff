class Button {
    let title: String
    var onTap: (() -> String)?
    var tapCount = 0

    init(title: String) { self.title = title }

    func tap() -> String {
        tapCount += 1
        return onTap?() ?? "\(title): no action"
    }
}

let ok = Button(title: "OK")
print(ok.tap())
ok.onTap = { [unowned ok] in
    "\(ok.title) tapped \(ok.tapCount) times"
}
print(ok.tap())
print(ok.tap())
let cancel = Button(title: "Cancel")
cancel.onTap = { "cancelled" }
print(cancel.tap())
print(ok.tapCount + cancel.tapCount)
