enum EmailError: Error {
    case missingAt
    case emptyDomain
}

struct Email {
    let user: String
    let domain: String

    init?(loose text: String) {
        let parts = text.split(separator: "@")
        guard parts.count == 2 else { return nil }
        user = String(parts[0])
        domain = String(parts[1])
    }

    init(strict text: String) throws {
        guard let at = text.firstIndex(of: "@") else { throw EmailError.missingAt }
        let d = text[text.index(after: at)...]
        guard !d.isEmpty else { throw EmailError.emptyDomain }
        user = String(text[..<at])
        domain = String(d)
    }
}

for text in ["ann@example.org", "nobody", "bob@"] {
    let loose = Email(loose: text)
    print(text, loose?.domain ?? "nil")
    do {
        let e = try Email(strict: text)
        print("  strict ok:", e.user, e.domain)
    } catch {
        print("  strict error:", error)
    }
}
