class Instrument {
    let maker: String
    init(maker: String) { self.maker = maker }
}

class Guitar: Instrument {
    let strings: Int
    init(maker: String, strings: Int) {
        self.strings = strings
        super.init(maker: maker)
    }
}

class Drum: Instrument {
    let diameter: Double
    init(maker: String, diameter: Double) {
        self.diameter = diameter
        super.init(maker: maker)
    }
}

let stage: [Instrument] = [
    Guitar(maker: "Fender", strings: 6),
    Drum(maker: "Tama", diameter: 14),
    Guitar(maker: "Ibanez", strings: 7),
    Drum(maker: "Ludwig", diameter: 22),
    Instrument(maker: "Yamaha"),
]

var guitars = 0, drums = 0
for item in stage {
    if item is Guitar { guitars += 1 } else if item is Drum { drums += 1 }
}
print(guitars, drums)
for item in stage {
    if let g = item as? Guitar {
        print("\(g.maker) guitar with \(g.strings) strings")
    } else if let d = item as? Drum {
        print("\(d.maker) drum, \(d.diameter) inches")
    } else {
        print("\(item.maker) instrument")
    }
}
let firstDrum = stage[1] as! Drum
print(firstDrum.diameter * 2)
print(stage.compactMap { $0 as? Guitar }.map(\.strings))
