enum NetworkError: Error {
    case timeout
    case offline
}

func fetch() throws -> String {
    throw NetworkError.offline
}

do {
    print(try fetch())
} catch NetworkError.disconnected {
    print("lost connection")
} catch {
    print(error)
}
