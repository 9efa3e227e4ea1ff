class Timer {
    var ticks = 0
    var handlers: [() -> Void] = []

    func schedule(times: Int) {
        for i in 1...times {
            handlers.append {
                self.ticks += i
            }
        }
    }

    func fire() {
        for h in handlers { h() }
        handlers.removeAll()
    }
}

let timer = Timer()
timer.schedule(times: 3)
print(timer.handlers.count)
timer.fire()
print(timer.ticks)
timer.schedule(times: 2)
timer.fire()
print(timer.ticks)
print(timer.handlers.isEmpty)
