enum Light { case red, green, yellow }
var light = Light.red
var log: [String] = []
for tick in 1...7 {
    switch light {
    case .red:
        light = .green
    case .green:
        light = tick % 2 == 0 ? .yellow : .green
    case .yellow:
        light = .red
    }
    log.append("\(tick):\(light)")
}
print(log.joined(separator: " "))
