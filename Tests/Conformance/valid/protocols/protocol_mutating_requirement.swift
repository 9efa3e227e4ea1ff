protocol Togglable {
    mutating func toggle()
    var isOn: Bool { get }
}

struct Switch: Togglable {
    var isOn = false
    mutating func toggle() { isOn.toggle() }
}

final class Lamp: Togglable {
    var isOn = true
    var flips = 0
    func toggle() {
        isOn = !isOn
        flips += 1
    }
}

func flipTwice<T: Togglable>(_ x: inout T) {
    x.toggle()
    x.toggle()
}

var s = Switch()
s.toggle()
print(s.isOn)
flipTwice(&s)
print(s.isOn)
var lamp = Lamp()
flipTwice(&lamp)
lamp.toggle()
print(lamp.isOn, lamp.flips)
