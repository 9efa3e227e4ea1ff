struct WaterTank {
    var liters: Double = 0 {
        willSet {
            print("filling from \(liters) to \(newValue)")
        }
        didSet {
            let change = liters - oldValue
            if change >= 0 {
                print("gained \(change)")
            } else {
                print("lost \(-change)")
            }
        }
    }
}

var tank = WaterTank()
tank.liters = 12.5
tank.liters = 40
tank.liters -= 15.25
tank.liters += 0

struct Brightness {
    var percent = 50 {
        didSet {
            percent = min(100, max(0, percent))
        }
    }
}

var screen = Brightness()
screen.percent = 130
print(screen.percent)
screen.percent = -20
print(screen.percent)
screen.percent += 35
print(screen.percent)
