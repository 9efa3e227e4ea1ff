enum FileError: Error {
    case notFound(String)
    case permissionDenied
}

func open(_ path: String) throws -> Int {
    if path.hasPrefix("/root") { throw FileError.permissionDenied }
    if !path.hasSuffix(".txt") { throw FileError.notFound(path) }
    return path.count
}

for p in ["/home/a.txt", "/root/secret.txt", "/tmp/image.png"] {
    do {
        let size = try open(p)
        print(p, size)
    } catch {
        print("failed:", error)
        print("is FileError:", error is FileError)
    }
}
