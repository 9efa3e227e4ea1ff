// The standard library that cells see, declared in Swift (docs/interpreter.md, "The library").
//
// Declarations without a body are implemented by the host: the compiler finds them in
// `Intrinsics` by their key (`hostKey(of:)`: `Owner.name(ParameterTypes)`, such as
// `Int.+(Int,Int)` or `Array.append(Element)`). Declarations with a body are interpreted like a
// cell's own. The numeric types' operators are generated from one template per family, so every
// integer and floating type gets the same set.

enum LibrarySource {
    /// Protocols and the types that need no template.
    static let core = """
        protocol Equatable {
            static func == (lhs: Self, rhs: Self) -> Bool
        }
        extension Equatable {
            static func != (lhs: Self, rhs: Self) -> Bool { !(lhs == rhs) }
        }
        protocol Comparable: Equatable {
            static func < (lhs: Self, rhs: Self) -> Bool
        }
        extension Comparable {
            static func > (lhs: Self, rhs: Self) -> Bool { rhs < lhs }
            static func <= (lhs: Self, rhs: Self) -> Bool { !(rhs < lhs) }
            static func >= (lhs: Self, rhs: Self) -> Bool { !(lhs < rhs) }
        }
        protocol Hashable: Equatable {}
        protocol AdditiveArithmetic: Equatable {}
        protocol Numeric: AdditiveArithmetic {}
        protocol SignedNumeric: Numeric {}
        protocol BinaryInteger: Numeric, Comparable, Hashable {}
        protocol FixedWidthInteger: BinaryInteger {}
        protocol SignedInteger: BinaryInteger, SignedNumeric {}
        protocol FloatingPoint: SignedNumeric, Comparable, Hashable {}
        protocol BinaryFloatingPoint: FloatingPoint {}
        protocol CustomStringConvertible {
            var description: String { get }
        }
        protocol CustomDebugStringConvertible {}
        protocol Error {}
        protocol Sequence {}
        protocol Collection: Sequence {}
        protocol CaseIterable {}
        protocol RawRepresentable {}
        enum Never {}
        enum FloatingPointRoundingRule {
            case toNearestOrAwayFromZero, toNearestOrEven, up, down, towardZero, awayFromZero
        }

        struct Bool: Equatable, Hashable, CustomStringConvertible {
            static func == (lhs: Bool, rhs: Bool) -> Bool
            static func != (lhs: Bool, rhs: Bool) -> Bool
            static prefix func ! (operand: Bool) -> Bool
            static func && (lhs: Bool, rhs: Bool) -> Bool
            static func || (lhs: Bool, rhs: Bool) -> Bool
            mutating func toggle()
            var description: String { get }
        }

        struct Character: Equatable, Comparable, Hashable {
            init(_ s: String)
            static func == (lhs: Character, rhs: Character) -> Bool
            static func != (lhs: Character, rhs: Character) -> Bool
            static func < (lhs: Character, rhs: Character) -> Bool
            var isLetter: Bool { get }
            var isNumber: Bool { get }
            var isWhitespace: Bool { get }
            var isUppercase: Bool { get }
            var isLowercase: Bool { get }
            var isPunctuation: Bool { get }
            var isSymbol: Bool { get }
            var isHexDigit: Bool { get }
            var isASCII: Bool { get }
            var isCased: Bool { get }
            var isMathSymbol: Bool { get }
            var isCurrencySymbol: Bool { get }
            var isNewline: Bool { get }
            var isWholeNumber: Bool { get }
            var wholeNumberValue: Int? { get }
            var hexDigitValue: Int? { get }
            var asciiValue: UInt8? { get }
            func uppercased() -> String
            func lowercased() -> String
        }

        struct String: Equatable, Comparable, Hashable, Sequence, Collection, CustomStringConvertible {
            init()
            init(_ c: Character)
            init(_ s: Substring)
            init(_ chars: [Character])
            init(_ v: Int, radix: Int, uppercase: Bool = false)
            init(_ v: Int)
            init(_ v: Double)
            init(describing value: Any)
            init(repeating s: String, count: Int)
            init(format: String, _ arguments: Any...)
            init(_ b: Bool)
            static func == (lhs: String, rhs: String) -> Bool
            static func != (lhs: String, rhs: String) -> Bool
            static func < (lhs: String, rhs: String) -> Bool
            static func > (lhs: String, rhs: String) -> Bool
            static func + (lhs: String, rhs: String) -> String
            static func += (lhs: inout String, rhs: String)
            var count: Int { get }
            var isEmpty: Bool { get }
            var description: String { get }
            var first: Character? { get }
            var last: Character? { get }
            mutating func append(_ s: String)
            mutating func append(_ c: Character)
            func uppercased() -> String
            func lowercased() -> String
            func hasPrefix(_ s: String) -> Bool
            func hasSuffix(_ s: String) -> Bool
            func contains(_ c: Character) -> Bool
            func contains(_ s: String) -> Bool
            func split(separator: Character) -> [Substring]
            func map<T>(_ transform: (Character) throws -> T) rethrows -> [T]
            func filter(_ isIncluded: (Character) throws -> Bool) rethrows -> String
            func components(separatedBy separator: String) -> [String]
            func replacingOccurrences(of target: String, with replacement: String) -> String
            var capitalized: String { get }
            func reversed() -> [Character]
            func dropFirst(_ k: Int = 1) -> Substring
            func dropLast(_ k: Int = 1) -> Substring
            func prefix(_ k: Int) -> Substring
            func suffix(_ k: Int) -> Substring
            func makeIterator() -> IndexingIterator<String>
        }

        struct Substring: Equatable, Comparable, Hashable, Sequence, CustomStringConvertible {
            static func == (lhs: Substring, rhs: Substring) -> Bool
            static func < (lhs: Substring, rhs: Substring) -> Bool
            var count: Int { get }
            var isEmpty: Bool { get }
            var description: String { get }
            func makeIterator() -> IndexingIterator<Substring>
        }

        struct IndexingIterator<Elements> {}

        enum Optional<Wrapped> {
            case none
            case some(Wrapped)
            init(_ some: Wrapped)
            func map<U>(_ transform: (Wrapped) throws -> U) rethrows -> U?
            func flatMap<U>(_ transform: (Wrapped) throws -> U?) rethrows -> U?
        }
        func == <T: Equatable>(lhs: T?, rhs: T?) -> Bool
        func != <T: Equatable>(lhs: T?, rhs: T?) -> Bool

        struct Array<Element>: Sequence, Collection {
            init()
            init(repeating repeatedValue: Element, count: Int)
            init(_ s: Range<Int>)
            init(_ s: ClosedRange<Int>)
            init(_ s: [Element])
            init(_ s: StrideTo<Element>)
            init(_ s: StrideThrough<Element>)
            var count: Int { get }
            var isEmpty: Bool { get }
            var first: Element? { get }
            var last: Element? { get }
            var indices: Range<Int> { get }
            subscript(index: Int) -> Element { get set }
            mutating func append(_ newElement: Element)
            mutating func append(contentsOf newElements: [Element])
            mutating func insert(_ newElement: Element, at i: Int)
            mutating func remove(at index: Int) -> Element
            mutating func removeLast() -> Element
            mutating func removeFirst() -> Element
            mutating func removeAll()
            mutating func swapAt(_ i: Int, _ j: Int)
            mutating func reverse()
            func reversed() -> [Element]
            mutating func removeAll(where shouldBeRemoved: (Element) throws -> Bool) rethrows
            mutating func popLast() -> Element?
            func min(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> Element?
            func max(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> Element?
            func map<T>(_ transform: (Element) throws -> T) rethrows -> [T]
            func compactMap<T>(_ transform: (Element) throws -> T?) rethrows -> [T]
            func flatMap<T>(_ transform: (Element) throws -> [T]) rethrows -> [T]
            func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> [Element]
            func reduce<Result>(_ initialResult: Result, _ nextPartialResult: (Result, Element) throws -> Result) rethrows -> Result
            func reduce<Result>(into initialResult: Result, _ updateAccumulatingResult: (inout Result, Element) throws -> ()) rethrows -> Result
            func forEach(_ body: (Element) throws -> Void) rethrows
            func sorted(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> [Element]
            mutating func sort(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows
            func first(where predicate: (Element) throws -> Bool) rethrows -> Element?
            func firstIndex(where predicate: (Element) throws -> Bool) rethrows -> Int?
            func contains(where predicate: (Element) throws -> Bool) rethrows -> Bool
            func allSatisfy(_ predicate: (Element) throws -> Bool) rethrows -> Bool
            func enumerated() -> [(offset: Int, element: Element)]
            func dropFirst(_ k: Int = 1) -> [Element]
            func dropLast(_ k: Int = 1) -> [Element]
            func prefix(_ maxLength: Int) -> [Element]
            func suffix(_ maxLength: Int) -> [Element]
            static func + (lhs: [Element], rhs: [Element]) -> [Element]
            static func += (lhs: inout [Element], rhs: [Element])
        }

        extension Array where Element: Equatable {
            func contains(_ element: Element) -> Bool
            func firstIndex(of element: Element) -> Int?
            static func == (lhs: [Element], rhs: [Element]) -> Bool
            static func != (lhs: [Element], rhs: [Element]) -> Bool
        }

        extension Array where Element: Comparable {
            func sorted() -> [Element]
            mutating func sort()
            func min() -> Element?
            func max() -> Element?
        }

        extension Array where Element == Character {
            init(_ s: String)
        }

        extension Array where Element == String {
            func joined(separator: String = "") -> String
        }

        struct Dictionary<Key: Hashable, Value>: Sequence, Collection {
            init()
            var count: Int { get }
            var isEmpty: Bool { get }
            var keys: [Key] { get }
            var values: [Value] { get }
            subscript(key: Key) -> Value? { get set }
            subscript(key: Key, default defaultValue: Value) -> Value { get set }
            mutating func removeValue(forKey key: Key) -> Value?
            func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> [Key: T]
            func sorted(by areInIncreasingOrder: ((key: Key, value: Value), (key: Key, value: Value)) throws -> Bool) rethrows -> [(key: Key, value: Value)]
            func filter(_ isIncluded: ((key: Key, value: Value)) throws -> Bool) rethrows -> [Key: Value]
            func map<T>(_ transform: ((key: Key, value: Value)) throws -> T) rethrows -> [T]
        }

        extension Dictionary {
            init(uniqueKeysWithValues keysAndValues: [(Key, Value)])
            init(_ keysAndValues: [(Key, Value)], uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows
            init<E>(grouping values: [E], by keyForValue: (E) throws -> Key) rethrows where Value == [E]
            func merging(_ other: [Key: Value], uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows -> [Key: Value]
            mutating func merge(_ other: [Key: Value], uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows
        }

        extension Array {
            var startIndex: Int { 0 }
            var endIndex: Int { count }
            func index(after i: Int) -> Int { i + 1 }
            func index(before i: Int) -> Int { i - 1 }
            mutating func reserveCapacity(_ minimumCapacity: Int) {}
            mutating func removeFirst(_ k: Int) {
                for _ in 0..<k { _ = removeFirst() }
            }
            mutating func removeLast(_ k: Int) {
                for _ in 0..<k { _ = removeLast() }
            }
            func lastIndex(where predicate: (Element) throws -> Bool) rethrows -> Int? {
                var i = count - 1
                while i >= 0 {
                    if try predicate(self[i]) { return i }
                    i -= 1
                }
                return nil
            }
            func last(where predicate: (Element) throws -> Bool) rethrows -> Element? {
                if let i = try lastIndex(where: predicate) { return self[i] }
                return nil
            }
            func prefix(while predicate: (Element) throws -> Bool) rethrows -> [Element] {
                var result: [Element] = []
                for x in self {
                    if try !predicate(x) { break }
                    result.append(x)
                }
                return result
            }
            func drop(while predicate: (Element) throws -> Bool) rethrows -> [Element] {
                var i = 0
                while i < count {
                    if try !predicate(self[i]) { break }
                    i += 1
                }
                return Array(dropFirst(i))
            }
        }

        extension Array where Element: Equatable {
            func lastIndex(of element: Element) -> Int?
            func elementsEqual(_ other: [Element]) -> Bool
        }

        extension Dictionary {
            mutating func updateValue(_ value: Value, forKey key: Key) -> Value? {
                let old = self[key]
                self[key] = value
                return old
            }
            func contains(where predicate: ((key: Key, value: Value)) throws -> Bool) rethrows -> Bool {
                for element in self {
                    if try predicate(element) { return true }
                }
                return false
            }
            func first(where predicate: ((key: Key, value: Value)) throws -> Bool) rethrows -> (key: Key, value: Value)? {
                for element in self {
                    if try predicate(element) { return element }
                }
                return nil
            }
            func max(by areInIncreasingOrder: ((key: Key, value: Value), (key: Key, value: Value)) throws -> Bool) rethrows -> (key: Key, value: Value)? {
                var best: (key: Key, value: Value)? = nil
                for element in self {
                    if let b = best {
                        if try areInIncreasingOrder(b, element) { best = element }
                    } else {
                        best = element
                    }
                }
                return best
            }
            func min(by areInIncreasingOrder: ((key: Key, value: Value), (key: Key, value: Value)) throws -> Bool) rethrows -> (key: Key, value: Value)? {
                var best: (key: Key, value: Value)? = nil
                for element in self {
                    if let b = best {
                        if try areInIncreasingOrder(element, b) { best = element }
                    } else {
                        best = element
                    }
                }
                return best
            }
            func reduce<Result>(_ initialResult: Result, _ nextPartialResult: (Result, (key: Key, value: Value)) throws -> Result) rethrows -> Result {
                var result = initialResult
                for element in self { result = try nextPartialResult(result, element) }
                return result
            }
            func forEach(_ body: ((key: Key, value: Value)) throws -> Void) rethrows {
                for element in self { try body(element) }
            }
            func compactMapValues<T>(_ transform: (Value) throws -> T?) rethrows -> [Key: T] {
                var result: [Key: T] = [:]
                for (key, value) in self {
                    if let t = try transform(value) { result[key] = t }
                }
                return result
            }
        }

        extension Set {
            mutating func subtract(_ other: Set<Element>) { self = subtracting(other) }
            mutating func formIntersection(_ other: Set<Element>) { self = intersection(other) }
            mutating func formSymmetricDifference(_ other: Set<Element>) { self = symmetricDifference(other) }
            func isDisjoint(with other: Set<Element>) -> Bool { intersection(other).isEmpty }
            func isStrictSubset(of other: Set<Element>) -> Bool { isSubset(of: other) && count < other.count }
            func isStrictSuperset(of other: Set<Element>) -> Bool { isSuperset(of: other) && count > other.count }
        }

        extension String {
            func sorted() -> [Character] { Array(self).sorted() }
            func sorted(by areInIncreasingOrder: (Character, Character) throws -> Bool) rethrows -> [Character] {
                try Array(self).sorted(by: areInIncreasingOrder)
            }
            func compactMap<T>(_ transform: (Character) throws -> T?) rethrows -> [T] { try Array(self).compactMap(transform) }
            func allSatisfy(_ predicate: (Character) throws -> Bool) rethrows -> Bool { try Array(self).allSatisfy(predicate) }
            func contains(where predicate: (Character) throws -> Bool) rethrows -> Bool { try Array(self).contains(where: predicate) }
            func first(where predicate: (Character) throws -> Bool) rethrows -> Character? { try Array(self).first(where: predicate) }
            func forEach(_ body: (Character) throws -> Void) rethrows { try Array(self).forEach(body) }
            func reduce<Result>(_ initialResult: Result, _ nextPartialResult: (Result, Character) throws -> Result) rethrows -> Result {
                try Array(self).reduce(initialResult, nextPartialResult)
            }
            func enumerated() -> [(offset: Int, element: Character)] { Array(self).enumerated() }
            mutating func removeAll(where shouldBeRemoved: (Character) throws -> Bool) rethrows {
                self = String(try Array(self).filter { try !shouldBeRemoved($0) })
            }
            mutating func removeAll() { self = "" }
            mutating func removeLast() -> Character {
                var chars = Array(self)
                let c = chars.removeLast()
                self = String(chars)
                return c
            }
            mutating func removeFirst() -> Character {
                var chars = Array(self)
                let c = chars.removeFirst()
                self = String(chars)
                return c
            }
        }

        struct Set<Element: Hashable>: Sequence, Collection, Equatable {
            init()
            init(_ elements: [Element])
            var count: Int { get }
            var isEmpty: Bool { get }
            func contains(_ member: Element) -> Bool
            mutating func insert(_ newMember: Element) -> (inserted: Bool, memberAfterInsert: Element)
            mutating func remove(_ member: Element) -> Element?
            mutating func formUnion(_ other: Set<Element>)
            func union(_ other: Set<Element>) -> Set<Element>
            func intersection(_ other: Set<Element>) -> Set<Element>
            func subtracting(_ other: Set<Element>) -> Set<Element>
            func symmetricDifference(_ other: Set<Element>) -> Set<Element>
            func isSubset(of other: Set<Element>) -> Bool
            func isSuperset(of other: Set<Element>) -> Bool
            func map<T>(_ transform: (Element) throws -> T) rethrows -> [T]
            func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> Set<Element>
            func sorted(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> [Element]
            static func == (lhs: Set<Element>, rhs: Set<Element>) -> Bool
        }

        extension Set where Element: Comparable {
            func sorted() -> [Element]
            func min() -> Element?
            func max() -> Element?
        }

        extension Set where Element == Character {
            init(_ s: String)
        }

        struct Range<Bound: Comparable>: Sequence {
            var lowerBound: Bound { get }
            var upperBound: Bound { get }
            var count: Int { get }
            var isEmpty: Bool { get }
            func contains(_ element: Bound) -> Bool
            func map<T>(_ transform: (Bound) throws -> T) rethrows -> [T]
            func filter(_ isIncluded: (Bound) throws -> Bool) rethrows -> [Bound]
            func reduce<Result>(_ initialResult: Result, _ nextPartialResult: (Result, Bound) throws -> Result) rethrows -> Result
            func reversed() -> [Bound]
            func forEach(_ body: (Bound) throws -> Void) rethrows
        }

        struct ClosedRange<Bound: Comparable>: Sequence {
            var lowerBound: Bound { get }
            var upperBound: Bound { get }
            var count: Int { get }
            func contains(_ element: Bound) -> Bool
            func map<T>(_ transform: (Bound) throws -> T) rethrows -> [T]
            func filter(_ isIncluded: (Bound) throws -> Bool) rethrows -> [Bound]
            func reduce<Result>(_ initialResult: Result, _ nextPartialResult: (Result, Bound) throws -> Result) rethrows -> Result
            func reversed() -> [Bound]
            func forEach(_ body: (Bound) throws -> Void) rethrows
        }

        struct StrideTo<Element> : Sequence {}
        struct StrideThrough<Element> : Sequence {}

        func ..< <Bound: Comparable>(minimum: Bound, maximum: Bound) -> Range<Bound>
        func ... <Bound: Comparable>(minimum: Bound, maximum: Bound) -> ClosedRange<Bound>
        struct PartialRangeFrom<Bound: Comparable> {
            let lowerBound: Bound
            init(lowerBound: Bound) { self.lowerBound = lowerBound }
            func contains(_ element: Bound) -> Bool { element >= lowerBound }
        }
        struct PartialRangeUpTo<Bound: Comparable> {
            let upperBound: Bound
            init(upperBound: Bound) { self.upperBound = upperBound }
            func contains(_ element: Bound) -> Bool { element < upperBound }
        }
        struct PartialRangeThrough<Bound: Comparable> {
            let upperBound: Bound
            init(upperBound: Bound) { self.upperBound = upperBound }
            func contains(_ element: Bound) -> Bool { element <= upperBound }
        }
        postfix func ... <Bound: Comparable>(minimum: Bound) -> PartialRangeFrom<Bound> { PartialRangeFrom(lowerBound: minimum) }
        prefix func ..< <Bound: Comparable>(maximum: Bound) -> PartialRangeUpTo<Bound> { PartialRangeUpTo(upperBound: maximum) }
        prefix func ... <Bound: Comparable>(maximum: Bound) -> PartialRangeThrough<Bound> { PartialRangeThrough(upperBound: maximum) }
        func ~= <Bound: Comparable>(pattern: PartialRangeFrom<Bound>, value: Bound) -> Bool { value >= pattern.lowerBound }
        func ~= <Bound: Comparable>(pattern: PartialRangeUpTo<Bound>, value: Bound) -> Bool { value < pattern.upperBound }
        func ~= <Bound: Comparable>(pattern: PartialRangeThrough<Bound>, value: Bound) -> Bool { value <= pattern.upperBound }
        extension Array {
            subscript(bounds: Range<Int>) -> [Element] { get set }
            subscript(bounds: ClosedRange<Int>) -> [Element] { get set }
            subscript(bounds: PartialRangeFrom<Int>) -> [Element] { self[bounds.lowerBound..<count] }
            subscript(bounds: PartialRangeUpTo<Int>) -> [Element] { self[0..<bounds.upperBound] }
            subscript(bounds: PartialRangeThrough<Int>) -> [Element] { self[0...bounds.upperBound] }
        }

        func ~= <T: Equatable>(a: T, b: T) -> Bool
        func ~= <Bound: Comparable>(pattern: Range<Bound>, value: Bound) -> Bool
        func ~= <Bound: Comparable>(pattern: ClosedRange<Bound>, value: Bound) -> Bool

        func == <A: Equatable, B: Equatable>(lhs: (A, B), rhs: (A, B)) -> Bool { lhs.0 == rhs.0 && lhs.1 == rhs.1 }
        func != <A: Equatable, B: Equatable>(lhs: (A, B), rhs: (A, B)) -> Bool { !(lhs.0 == rhs.0 && lhs.1 == rhs.1) }
        func < <A: Comparable, B: Comparable>(lhs: (A, B), rhs: (A, B)) -> Bool {
            if lhs.0 != rhs.0 { return lhs.0 < rhs.0 }
            return lhs.1 < rhs.1
        }
        func <= <A: Comparable, B: Comparable>(lhs: (A, B), rhs: (A, B)) -> Bool {
            if lhs.0 != rhs.0 { return lhs.0 < rhs.0 }
            return lhs.1 <= rhs.1
        }
        func > <A: Comparable, B: Comparable>(lhs: (A, B), rhs: (A, B)) -> Bool {
            if lhs.0 != rhs.0 { return lhs.0 > rhs.0 }
            return lhs.1 > rhs.1
        }
        func >= <A: Comparable, B: Comparable>(lhs: (A, B), rhs: (A, B)) -> Bool {
            if lhs.0 != rhs.0 { return lhs.0 > rhs.0 }
            return lhs.1 >= rhs.1
        }
        func == <A: Equatable, B: Equatable, C: Equatable>(lhs: (A, B, C), rhs: (A, B, C)) -> Bool {
            lhs.0 == rhs.0 && lhs.1 == rhs.1 && lhs.2 == rhs.2
        }
        func != <A: Equatable, B: Equatable, C: Equatable>(lhs: (A, B, C), rhs: (A, B, C)) -> Bool {
            !(lhs.0 == rhs.0 && lhs.1 == rhs.1 && lhs.2 == rhs.2)
        }
        func < <A: Comparable, B: Comparable, C: Comparable>(lhs: (A, B, C), rhs: (A, B, C)) -> Bool {
            if lhs.0 != rhs.0 { return lhs.0 < rhs.0 }
            if lhs.1 != rhs.1 { return lhs.1 < rhs.1 }
            return lhs.2 < rhs.2
        }
        func > <A: Comparable, B: Comparable, C: Comparable>(lhs: (A, B, C), rhs: (A, B, C)) -> Bool {
            if lhs.0 != rhs.0 { return lhs.0 > rhs.0 }
            if lhs.1 != rhs.1 { return lhs.1 > rhs.1 }
            return lhs.2 > rhs.2
        }
        func print(_ items: Any..., separator: String = " ", terminator: String = "\\n")
        func debugPrint(_ items: Any..., separator: String = " ", terminator: String = "\\n")
        func type<T>(of value: T) -> T.Type
        func === (lhs: AnyObject?, rhs: AnyObject?) -> Bool
        func !== (lhs: AnyObject?, rhs: AnyObject?) -> Bool
        func fatalError(_ message: String = "") -> Never
        func precondition(_ condition: Bool, _ message: String = "")
        func assert(_ condition: Bool, _ message: String = "")
        func preconditionFailure(_ message: String = "") -> Never
        func stride(from start: Int, to end: Int, by stride: Int) -> StrideTo<Int>
        func stride(from start: Int, through end: Int, by stride: Int) -> StrideThrough<Int>
        func stride(from start: Double, to end: Double, by stride: Double) -> StrideTo<Double>
        func stride(from start: Double, through end: Double, by stride: Double) -> StrideThrough<Double>
        func min<T: Comparable>(_ x: T, _ y: T) -> T
        func max<T: Comparable>(_ x: T, _ y: T) -> T
        func abs<T: Comparable & SignedNumeric>(_ x: T) -> T
        func swap<T>(_ a: inout T, _ b: inout T)
        func zip<A, B>(_ a: [A], _ b: [B]) -> [(A, B)]
        func sqrt(_ x: Double) -> Double
        func sin(_ x: Double) -> Double
        func cos(_ x: Double) -> Double
        func tan(_ x: Double) -> Double
        func exp(_ x: Double) -> Double
        func log(_ x: Double) -> Double
        func log2(_ x: Double) -> Double
        func log10(_ x: Double) -> Double
        func pow(_ x: Double, _ y: Double) -> Double
        func atan2(_ y: Double, _ x: Double) -> Double
        func floor(_ x: Double) -> Double
        func ceil(_ x: Double) -> Double
        func round(_ x: Double) -> Double
        func fabs(_ x: Double) -> Double
        func hypot(_ x: Double, _ y: Double) -> Double
        func fmod(_ x: Double, _ y: Double) -> Double
        """

    /// The integer types' template (`NUM` is replaced by each type's name).
    static let integerTemplate = """
        struct NUM: FixedWidthInteger, SignedInteger, Comparable, Hashable, CustomStringConvertible {
            init()
            init(_ v: Int)
            init(_ v: Double)
            init(_ v: Float)
            init?(_ text: String)
            init?(_ text: Substring)
            static var max: NUM { get }
            static var min: NUM { get }
            var description: String { get }
            func isMultiple(of other: NUM) -> Bool
            func quotientAndRemainder(dividingBy rhs: NUM) -> (quotient: NUM, remainder: NUM)
            static func + (lhs: NUM, rhs: NUM) -> NUM
            static func - (lhs: NUM, rhs: NUM) -> NUM
            static func * (lhs: NUM, rhs: NUM) -> NUM
            static func / (lhs: NUM, rhs: NUM) -> NUM
            static func % (lhs: NUM, rhs: NUM) -> NUM
            static func &+ (lhs: NUM, rhs: NUM) -> NUM
            static func &- (lhs: NUM, rhs: NUM) -> NUM
            static func &* (lhs: NUM, rhs: NUM) -> NUM
            static func & (lhs: NUM, rhs: NUM) -> NUM
            static func | (lhs: NUM, rhs: NUM) -> NUM
            static func ^ (lhs: NUM, rhs: NUM) -> NUM
            static func << (lhs: NUM, rhs: NUM) -> NUM
            static func >> (lhs: NUM, rhs: NUM) -> NUM
            static func == (lhs: NUM, rhs: NUM) -> Bool
            static func != (lhs: NUM, rhs: NUM) -> Bool
            static func < (lhs: NUM, rhs: NUM) -> Bool
            static func <= (lhs: NUM, rhs: NUM) -> Bool
            static func > (lhs: NUM, rhs: NUM) -> Bool
            static func >= (lhs: NUM, rhs: NUM) -> Bool
            static func += (lhs: inout NUM, rhs: NUM)
            static func -= (lhs: inout NUM, rhs: NUM)
            static func *= (lhs: inout NUM, rhs: NUM)
            static func /= (lhs: inout NUM, rhs: NUM)
            static func %= (lhs: inout NUM, rhs: NUM)
            static func &= (lhs: inout NUM, rhs: NUM)
            static func |= (lhs: inout NUM, rhs: NUM)
            static func ^= (lhs: inout NUM, rhs: NUM)
            static func <<= (lhs: inout NUM, rhs: NUM)
            static func >>= (lhs: inout NUM, rhs: NUM)
            static prefix func - (operand: NUM) -> NUM
            static prefix func + (operand: NUM) -> NUM
            static prefix func ~ (operand: NUM) -> NUM
        }
        """

    /// The floating-point types' template.
    static let floatTemplate = """
        struct NUM: BinaryFloatingPoint, Comparable, Hashable, CustomStringConvertible {
            init()
            init(_ v: Int)
            init(_ v: Double)
            init(_ v: Float)
            init?(_ text: String)
            static var pi: NUM { get }
            static var infinity: NUM { get }
            static var greatestFiniteMagnitude: NUM { get }
            var description: String { get }
            var magnitude: NUM { get }
            var isNaN: Bool { get }
            var isFinite: Bool { get }
            var isInfinite: Bool { get }
            func squareRoot() -> NUM
            func rounded() -> NUM
            func rounded(_ rule: FloatingPointRoundingRule) -> NUM
            static func + (lhs: NUM, rhs: NUM) -> NUM
            static func - (lhs: NUM, rhs: NUM) -> NUM
            static func * (lhs: NUM, rhs: NUM) -> NUM
            static func / (lhs: NUM, rhs: NUM) -> NUM
            static func == (lhs: NUM, rhs: NUM) -> Bool
            static func != (lhs: NUM, rhs: NUM) -> Bool
            static func < (lhs: NUM, rhs: NUM) -> Bool
            static func <= (lhs: NUM, rhs: NUM) -> Bool
            static func > (lhs: NUM, rhs: NUM) -> Bool
            static func >= (lhs: NUM, rhs: NUM) -> Bool
            static func += (lhs: inout NUM, rhs: NUM)
            static func -= (lhs: inout NUM, rhs: NUM)
            static func *= (lhs: inout NUM, rhs: NUM)
            static func /= (lhs: inout NUM, rhs: NUM)
            static prefix func - (operand: NUM) -> NUM
            static prefix func + (operand: NUM) -> NUM
        }
        """

    /// The whole library: the templates instantiated, then the core.
    static var all: String {
        let ints = ["Int"].map { integerTemplate.replacing("NUM", with: $0) }
        let floats = ["Double", "Float"].map { floatTemplate.replacing("NUM", with: $0) }
        return (ints + floats + [core, numericLibrary]).joined(separator: "\n")
    }
}
