let log = """
INFO start
WARN disk 80%
INFO step 1
ERROR failed to open
INFO step 2
WARN disk 90%
"""
let lines = log.split(separator: "\n")
print("lines:", lines.count)
var levels: [String: Int] = [:]
for line in lines {
    let level = String(line.split(separator: " ")[0])
    levels[level, default: 0] += 1
}
for level in levels.keys.sorted() {
    print(level, levels[level]!)
}
let warnings = lines.filter { $0.hasPrefix("WARN") }.map { $0.dropFirst(5) }
print(warnings)
