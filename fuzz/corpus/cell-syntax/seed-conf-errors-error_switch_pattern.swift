enum HTTPError: Error {
    case client(code: Int)
    case server(code: Int)
    case network
}

func request(_ code: Int) throws -> String {
    switch code {
    case 200..<300: return "ok \(code)"
    case 400..<500: throw HTTPError.client(code: code)
    case 500..<600: throw HTTPError.server(code: code)
    default: throw HTTPError.network
    }
}

for code in [204, 404, 503, 0, 429] {
    do {
        print(try request(code))
    } catch HTTPError.client(let c) where c == 429 {
        print("slow down")
    } catch HTTPError.client(let c) {
        print("client error \(c)")
    } catch HTTPError.server {
        print("server error")
    } catch {
        print("network down: \(error)")
    }
}
