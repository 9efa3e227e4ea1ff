func currentLevel() -> Int {
    return 7
}

let level: Int = currentLevel
print(level)
