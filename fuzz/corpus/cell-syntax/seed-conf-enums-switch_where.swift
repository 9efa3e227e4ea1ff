enum Reading {
    case temperature(Double)
    case humidity(Int)
    case error(code: Int)
}

func classify(_ r: Reading) -> String {
    switch r {
    case .temperature(let t) where t < 0:
        return "freezing \(t)"
    case .temperature(let t) where t > 30:
        return "hot \(t)"
    case .temperature(let t):
        return "mild \(t)"
    case .humidity(let h) where h >= 80:
        return "humid \(h)%"
    case .humidity(let h):
        return "dry \(h)%"
    case .error(code: 404), .error(code: 410):
        return "sensor gone"
    case .error(let code):
        return "error \(code)"
    }
}

let readings: [Reading] = [.temperature(-5), .temperature(35.5), .temperature(20),
                           .humidity(85), .humidity(30), .error(code: 404), .error(code: 500)]
for r in readings {
    print(classify(r))
}
