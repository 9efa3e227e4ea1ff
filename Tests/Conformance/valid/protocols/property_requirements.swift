protocol Named {
    var name: String { get }
    var nickname: String { get set }
}

struct Pet: Named {
    let name: String
    var nickname: String
}

class Robot: Named {
    var name: String { "RX-\(serial)" }
    var nickname = "robo"
    let serial: Int
    init(serial: Int) { self.serial = serial }
}

var pet = Pet(name: "Bartholomew", nickname: "Bart")
pet.nickname = "B"
print(pet.name, pet.nickname)
let r = Robot(serial: 7)
r.nickname = "Sevenie"
print(r.name, r.nickname)

var things: [Named] = [pet, r]
things[0].nickname = "changed"
for t in things {
    print("\(t.name) aka \(t.nickname)")
}
print(pet.nickname)
