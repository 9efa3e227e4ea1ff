let settings: [String: [String: Int]] = [
    "display": ["brightness": 70, "contrast": 50],
    "audio": ["volume": 30],
]
print(settings["display"]?["brightness"] as Any)
print(settings["audio"]?["bass"] as Any)
print(settings["network"]?["speed"] as Any)
let volume = settings["audio"]?["volume"] ?? 0
print(volume)
if let display = settings["display"], let contrast = display["contrast"] {
    print("contrast:", contrast)
}
let keys = settings["display"]?.keys.sorted()
print(keys as Any)
