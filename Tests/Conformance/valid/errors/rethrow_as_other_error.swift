enum StorageError: Error {
    case diskFull
    case corrupt(block: Int)
}

enum SaveError: Error {
    case couldNotSave(reason: String)
}

func writeBlock(_ n: Int) throws {
    if n == 3 { throw StorageError.corrupt(block: n) }
    if n > 4 { throw StorageError.diskFull }
}

func save(blocks: Int) throws {
    do {
        for b in 1...blocks {
            try writeBlock(b)
        }
    } catch StorageError.corrupt(let block) {
        throw SaveError.couldNotSave(reason: "block \(block) is corrupt")
    } catch {
        throw SaveError.couldNotSave(reason: "storage said \(error)")
    }
}

for n in [2, 3] {
    do {
        try save(blocks: n)
        print("saved \(n) blocks")
    } catch SaveError.couldNotSave(let reason) {
        print("save failed: \(reason)")
    } catch {
        print("other \(error)")
    }
}
do {
    try writeBlock(9)
} catch {
    print(error)
}
