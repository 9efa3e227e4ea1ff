enum DiskError: Error {
    case full, readOnly, missing(String), corrupted(block: Int)
}

func write(_ n: Int) throws -> String {
    switch n {
    case 0: throw DiskError.full
    case 1: throw DiskError.readOnly
    case 2: throw DiskError.missing("/data")
    case 3: throw DiskError.corrupted(block: 17)
    default: return "wrote \(n)"
    }
}

for n in 0...4 {
    do {
        print(try write(n))
    } catch DiskError.full, DiskError.readOnly {
        print("cannot write here")
    } catch DiskError.missing(let path) {
        print("missing \(path)")
    } catch DiskError.corrupted(block: let b) where b > 10 {
        print("corrupted high block \(b)")
    } catch {
        print("other: \(error)")
    }
}
