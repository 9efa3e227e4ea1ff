var opened = 0
var closed = 0

func handle(_ id: Int) throws {
    opened += 1
    defer { closed += 1 }
    if id % 3 == 0 {
        struct Skip: Error {}
        throw Skip()
    }
    print("handled", id)
}

for id in 1...7 {
    do {
        try handle(id)
    } catch {
        print("skipped", id)
    }
}
print(opened, closed)
