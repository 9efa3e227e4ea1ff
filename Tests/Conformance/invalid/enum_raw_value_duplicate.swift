enum Level: Int {
    case low = 1
    case medium = 2
    case high = 2
}

print("levels")
