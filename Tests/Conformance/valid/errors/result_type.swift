enum LookupError: Error {
    case unknown(String)
}

let capitals = ["France": "Paris", "Japan": "Tokyo"]

func capital(of country: String) -> Result<String, LookupError> {
    if let c = capitals[country] {
        return .success(c)
    }
    return .failure(.unknown(country))
}

for country in ["Japan", "Atlantis", "France"] {
    let result = capital(of: country)
    switch result {
    case .success(let city):
        print("\(country): \(city)")
    case .failure(let err):
        print("lookup failed: \(err)")
    }
}

let r = capital(of: "France")
print(try! r.get())
do {
    _ = try capital(of: "Mars").get()
} catch {
    print("caught", error)
}
print(r.map { $0.count })
print(capital(of: "x").map { $0.count })
