struct Clock {
    private var totalMinutes = 0

    var hours: Int {
        get { totalMinutes / 60 }
        set { totalMinutes = newValue * 60 + minutes }
    }

    var minutes: Int {
        get { totalMinutes % 60 }
        set { totalMinutes = hours * 60 + newValue }
    }

    var display: String {
        let h = hours < 10 ? "0\(hours)" : "\(hours)"
        let m = minutes < 10 ? "0\(minutes)" : "\(minutes)"
        return "\(h):\(m)"
    }
}

var clock = Clock()
print(clock.display)
clock.hours = 9
clock.minutes = 5
print(clock.display)
clock.minutes = 75
print(clock.display)
clock.hours += 2
print(clock.display)
