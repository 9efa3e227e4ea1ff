enum Floor: Int {
    case basement = -1, ground, first, second, third
}

print(Floor.ground.rawValue)
print(Floor.third.rawValue)
print(Floor.basement.rawValue)

enum Port: Int {
    case http = 80
    case httpAlt = 8080
    case https = 443
    case next
}
print(Port.https.rawValue)
print(Port.next.rawValue)

enum Step: Int {
    case a, b, c
}
print(Step.a.rawValue, Step.b.rawValue, Step.c.rawValue)
let climb = [Floor.first, .third].map { $0.rawValue }.reduce(0, +)
print(climb)
