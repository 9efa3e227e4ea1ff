let stored: String? = nil
let username = stored ?? "guest"
print(username)
let limit: Int? = 10
print(limit ?? 0)
let a: Int? = nil, b: Int? = nil, c: Int? = 3
print(a ?? b ?? c ?? 0)
print(a ?? b ?? 99)
let settings = ["volume": "7"]
let volume = Int(settings["volume"] ?? "") ?? 5
let brightness = Int(settings["brightness"] ?? "") ?? 5
print(volume, brightness)
let words: [String]? = nil
print((words ?? []).count)
print((Int("12") ?? 0) + (Int("x") ?? 0))
