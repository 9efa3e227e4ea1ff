enum AppError: Error { case config, network }
struct DiskError: Error { let path: String }

func risky(_ n: Int) throws {
    switch n {
    case 0: throw AppError.config
    case 1: throw DiskError(path: "/var/data")
    case 2: throw AppError.network
    default: return
    }
}

for n in 0..<4 {
    do {
        try risky(n)
        print(n, "fine")
    } catch {
        if let app = error as? AppError {
            print(n, "app error", app)
        } else if let disk = error as? DiskError {
            print(n, "disk error at", disk.path)
        }
        print(error is AppError, error is DiskError)
    }
}
