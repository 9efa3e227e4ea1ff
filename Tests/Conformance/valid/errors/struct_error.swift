struct ValidationError: Error {
    let field: String
    let reason: String
}

func validate(username: String) throws -> String {
    if username.isEmpty {
        throw ValidationError(field: "username", reason: "empty")
    }
    if username.count < 3 {
        throw ValidationError(field: "username", reason: "too short")
    }
    return username.lowercased()
}

for name in ["Alice", "", "Al"] {
    do {
        let ok = try validate(username: name)
        print("ok:", ok)
    } catch let e as ValidationError {
        print("\(e.field) invalid: \(e.reason)")
    } catch {
        print("other")
    }
}

do {
    _ = try validate(username: "x")
} catch {
    print(error)
}
