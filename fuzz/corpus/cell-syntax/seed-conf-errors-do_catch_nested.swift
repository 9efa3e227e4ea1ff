enum Outer: Error { case wrapped(String) }
enum Inner: Error { case low, high }

func measure(_ x: Int) throws -> Int {
    if x < 0 { throw Inner.low }
    if x > 100 { throw Inner.high }
    return x
}

func safeMeasure(_ x: Int) throws -> Int {
    do {
        return try measure(x)
    } catch Inner.low {
        return 0
    } catch {
        throw Outer.wrapped("measure(\(x)) failed with \(error)")
    }
}

for x in [50, -5, 500] {
    do {
        print(try safeMeasure(x))
    } catch Outer.wrapped(let msg) {
        print(msg)
    } catch {
        print("other")
    }
}
