enum NetworkError: Error {
    case timeout(seconds: Int)
    case badStatus(Int)
}

enum ParseError: Error {
    case malformed
}

func fetch(_ n: Int) throws -> String {
    switch n {
    case 0: throw NetworkError.timeout(seconds: 30)
    case 1: throw NetworkError.badStatus(500)
    case 2: throw ParseError.malformed
    default: return "payload \(n)"
    }
}

for i in 0..<4 {
    do {
        let body = try fetch(i)
        print("got", body)
    } catch let e as NetworkError {
        switch e {
        case .timeout(let s): print("timed out after \(s)s")
        case .badStatus(let code): print("status \(code)")
        }
    } catch let e as ParseError {
        print("parse problem: \(e)")
    } catch {
        print("unknown")
    }
}
