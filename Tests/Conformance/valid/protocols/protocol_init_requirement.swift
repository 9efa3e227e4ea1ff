protocol Resettable {
    init()
    var value: Int { get set }
}

struct Score: Resettable {
    var value = 0
}

struct Level: Resettable {
    var value: Int
    init() { value = 1 }
}

func resetAll<T: Resettable>(_ xs: [T]) -> [T] {
    xs.map { _ in T() }
}

func bumped<T: Resettable>(_ type: T.Type, by n: Int) -> T {
    var x = T()
    x.value += n
    return x
}

print(resetAll([Score(value: 5), Score(value: 9)]).map(\.value))
print(resetAll([Level(), Level()]).map(\.value))
print(bumped(Score.self, by: 3).value)
print(bumped(Level.self, by: 3).value)
