import CellLanguage

/// Methods and properties of arrays, dictionaries, strings, ranges and numbers, following the
/// Swift standard library's names and semantics. Ranges use the array methods (on their elements).
public enum CollectionBuiltins {
    private typealias P = BuiltinParameter
    private typealias F = BuiltinFunction

    public static var table: BuiltinTable {
        BuiltinTable(domain: "Core", methods: [
            "Array": arrayMethods,
            "Dictionary": dictionaryMethods,
            "String": stringMethods,
            "Range": rangeMethods,
            "ClosedRange": rangeMethods,
            "Double": doubleMethods,
        ], properties: [
            "Array": [
                prop("count", "Int", "The number of elements.") { .int(try array($0).count) },
                prop("isEmpty", "Bool", "Whether the array has no elements.") { .bool(try array($0).isEmpty) },
                prop("first", "Element?", "The first element, or nil when empty.") { try array($0).first ?? .none },
                prop("last", "Element?", "The last element, or nil when empty.") { try array($0).last ?? .none },
            ],
            "Dictionary": [
                prop("count", "Int", "The number of entries.") { .int(try dict($0).count) },
                prop("isEmpty", "Bool", "Whether the dictionary has no entries.") { .bool(try dict($0).count == 0) },
                prop("keys", "[Key]", "The keys, in insertion order.") { .array(try dict($0).keys.map(\.value)) },
                prop("values", "[Value]", "The values, in insertion order.") { .array(try dict($0).values) },
            ],
            "String": [
                prop("count", "Int", "The number of characters.") { .int(try string($0).count) },
                prop("isEmpty", "Bool", "Whether the string is empty.") { .bool(try string($0).isEmpty) },
            ],
            "Range": rangeProperties,
            "ClosedRange": rangeProperties,
        ])
    }

    // MARK: Arrays

    private static var arrayMethods: [BuiltinFunction] {
        [
            F("append", [P(nil, "element", "Element")], mutating: true, doc: "Adds an element at the end.") { r, a, _ in
                try mutate(&r) { $0.append(a.value("element")) }
            },
            F("append", [P("contentsOf", "elements", "Sequence")], mutating: true, doc: "Adds the elements of a sequence at the end.") { r, a, _ in
                let more = try a.array("elements")
                return try mutate(&r) { $0.append(contentsOf: more) }
            },
            F("insert", [P(nil, "element", "Element"), P("at", "index", "Int")], mutating: true,
              doc: "Inserts an element before position `index` (0...count).") { r, a, _ in
                let i = try a.int("index")
                return try mutate(&r) { items in
                    guard (0...items.count).contains(i) else {
                        throw a.error("index", "index \(i) is out of range for inserting into an array of \(items.count) elements")
                    }
                    items.insert(a.value("element"), at: i)
                }
            },
            F("remove", [P("at", "index", "Int")], returns: "Element", mutating: true, doc: "Removes and returns the element at `index`.") { r, a, _ in
                let i = try a.int("index")
                var removed: Value = .void
                try mutate(&r) { items in
                    guard items.indices.contains(i) else {
                        throw a.error("index", "index \(i) is out of range for an array of \(items.count) elements")
                    }
                    removed = items.remove(at: i)
                }
                return removed
            },
            F("removeLast", returns: "Element", mutating: true, doc: "Removes and returns the last element; an error when empty.") { r, a, c in
                var removed: Value = .void
                try mutate(&r) { items in
                    guard let last = items.popLast() else { throw BuiltinError("cannot removeLast from an empty array") }
                    removed = last
                }
                return removed
            },
            F("removeAll", mutating: true, doc: "Removes every element.") { r, _, _ in
                try mutate(&r) { $0.removeAll() }
            },
            F("sort", mutating: true, doc: "Sorts the array in place in increasing order.") { r, _, c in
                try mutate(&r) { items in items = try sortValues(items, by: nil, c) }
            },
            F("sort", [P("by", "areInIncreasingOrder", "(Element, Element) -> Bool")], mutating: true,
              doc: "Sorts the array in place by a predicate.") { r, a, c in
                let f = try a.function("areInIncreasingOrder")
                return try mutate(&r) { items in items = try sortValues(items, by: f, c) }
            },
            F("map", [P(nil, "transform", "(Element) -> T")], returns: "[T]", doc: "The results of calling `transform` on each element.") { r, a, c in
                let f = try a.function("transform")
                return .array(try array(r).map { try c.call(f, [$0]) })
            },
            F("compactMap", [P(nil, "transform", "(Element) -> T?")], returns: "[T]", doc: "The non-nil results of `transform`.") { r, a, c in
                let f = try a.function("transform")
                return .array(try array(r).map { try c.call(f, [$0]) }.filter { !$0.isNil })
            },
            F("filter", [P(nil, "isIncluded", "(Element) -> Bool")], returns: "[Element]", doc: "The elements for which the predicate is true.") { r, a, c in
                let f = try a.function("isIncluded")
                return .array(try array(r).filter { try truth(c.call(f, [$0]), "filter", c) })
            },
            F("forEach", [P(nil, "body", "(Element) -> Void")], doc: "Calls `body` on each element in order.") { r, a, c in
                let f = try a.function("body")
                for x in try array(r) { _ = try c.call(f, [x]) }
                return .void
            },
            F("reduce", [P(nil, "initialResult", "Result"), P(nil, "nextPartialResult", "(Result, Element) -> Result")], returns: "Result",
              doc: "Combines the elements from left to right, starting from `initialResult`.") { r, a, c in
                let f = try a.function("nextPartialResult")
                var acc = a.value("initialResult")
                for x in try array(r) { acc = try c.call(f, [acc, x]) }
                return acc
            },
            F("sorted", returns: "[Element]", doc: "The elements in increasing order (stable).") { r, _, c in
                .array(try sortValues(try array(r), by: nil, c))
            },
            F("sorted", [P("by", "areInIncreasingOrder", "(Element, Element) -> Bool")], returns: "[Element]",
              doc: "The elements ordered by a predicate (stable).") { r, a, c in
                .array(try sortValues(try array(r), by: try a.function("areInIncreasingOrder"), c))
            },
            F("reversed", returns: "[Element]", doc: "The elements in reverse order.") { r, _, _ in .array(try array(r).reversed()) },
            F("shuffled", returns: "[Element]", doc: "The elements in a random order drawn from the session's seeded generator.") { r, _, c in
                var g = c.random
                return .array(try array(r).shuffled(using: &g))
            },
            F("enumerated", returns: "[(offset: Int, element: Element)]", doc: "Pairs (offset, element) for each element.") { r, _, _ in
                .array(try array(r).enumerated().map { .tuple([.int($0.offset), $0.element], labels: ["offset", "element"]) })
            },
            F("contains", [P(nil, "element", "Element")], returns: "Bool", doc: "Whether an element equals the argument.") { r, a, c in
                let x = a.value("element")
                return .bool(try array(r).contains { try Arithmetic.equal($0, x, span: c.span) })
            },
            F("contains", [P("where", "predicate", "(Element) -> Bool")], returns: "Bool", doc: "Whether an element satisfies the predicate.") { r, a, c in
                let f = try a.function("predicate")
                return .bool(try array(r).contains { try truth(c.call(f, [$0]), "contains(where:)", c) })
            },
            F("allSatisfy", [P(nil, "predicate", "(Element) -> Bool")], returns: "Bool", doc: "Whether every element satisfies the predicate.") { r, a, c in
                let f = try a.function("predicate")
                return .bool(try array(r).allSatisfy { try truth(c.call(f, [$0]), "allSatisfy", c) })
            },
            F("firstIndex", [P("of", "element", "Element")], returns: "Int?", doc: "The position of the first element equal to the argument, or nil.") { r, a, c in
                let x = a.value("element")
                return try array(r).firstIndex { try Arithmetic.equal($0, x, span: c.span) }.map(Value.int) ?? .none
            },
            F("firstIndex", [P("where", "predicate", "(Element) -> Bool")], returns: "Int?", doc: "The position of the first element satisfying the predicate, or nil.") { r, a, c in
                let f = try a.function("predicate")
                return try array(r).firstIndex { try truth(c.call(f, [$0]), "firstIndex(where:)", c) }.map(Value.int) ?? .none
            },
            F("prefix", [P(nil, "maxLength", "Int")], returns: "[Element]", doc: "The first `maxLength` elements (all when fewer).") { r, a, _ in
                let n = try a.int("maxLength")
                guard n >= 0 else { throw a.error("maxLength", "maxLength must be >= 0, got \(n)") }
                return .array(Array(try array(r).prefix(n)))
            },
            F("suffix", [P(nil, "maxLength", "Int")], returns: "[Element]", doc: "The last `maxLength` elements (all when fewer).") { r, a, _ in
                let n = try a.int("maxLength")
                guard n >= 0 else { throw a.error("maxLength", "maxLength must be >= 0, got \(n)") }
                return .array(Array(try array(r).suffix(n)))
            },
            F("dropFirst", [P(nil, "k", "Int", default: .int(1))], returns: "[Element]", doc: "All but the first `k` elements.") { r, a, _ in
                let n = try a.int("k")
                guard n >= 0 else { throw a.error("k", "k must be >= 0, got \(n)") }
                return .array(Array(try array(r).dropFirst(n)))
            },
            F("dropLast", [P(nil, "k", "Int", default: .int(1))], returns: "[Element]", doc: "All but the last `k` elements.") { r, a, _ in
                let n = try a.int("k")
                guard n >= 0 else { throw a.error("k", "k must be >= 0, got \(n)") }
                return .array(Array(try array(r).dropLast(n)))
            },
            F("joined", [P("separator", "separator", "String", default: .string(""))], returns: "String",
              doc: "The elements' text joined with `separator`.") { r, a, _ in
                .string(try array(r).map(Display.text).joined(separator: try a.string("separator")))
            },
            F("min", returns: "Element?", doc: "The smallest element, or nil when empty.") { r, _, c in
                try CoreBuiltins.extreme(try array(r), c, largest: false) ?? .none
            },
            F("max", returns: "Element?", doc: "The largest element, or nil when empty.") { r, _, c in
                try CoreBuiltins.extreme(try array(r), c, largest: true) ?? .none
            },
        ]
    }

    // MARK: Dictionaries, strings, ranges, numbers

    private static var dictionaryMethods: [BuiltinFunction] {
        [
            F("removeValue", [P("forKey", "key", "Key")], returns: "Value?", mutating: true, doc: "Removes the entry for `key`; returns its value or nil.") { r, a, _ in
                guard let key = DictionaryKey(a.value("key")) else { throw a.mismatch("key", expected: "Int, String, Double or Bool") }
                guard case var .dictionary(d) = r else { throw BuiltinError("removeValue(forKey:) needs a dictionary") }
                r = .void
                let old = d[key]
                d[key] = nil
                r = .dictionary(d)
                return old ?? .none
            },
            F("sorted", [P("by", "areInIncreasingOrder", "((key: Key, value: Value), (key: Key, value: Value)) -> Bool")],
              returns: "[(key: Key, value: Value)]", doc: "The entries as (key, value) tuples ordered by a predicate.") { r, a, c in
                .array(try sortValues(Value.sequenceElements(r) ?? [], by: try a.function("areInIncreasingOrder"), c))
            },
            F("map", [P(nil, "transform", "((key: Key, value: Value)) -> T")], returns: "[T]", doc: "The results of `transform` on each (key, value) entry.") { r, a, c in
                let f = try a.function("transform")
                return .array(try (Value.sequenceElements(r) ?? []).map { try c.call(f, [$0]) })
            },
        ]
    }

    private static var stringMethods: [BuiltinFunction] {
        [
            F("uppercased", returns: "String", doc: "The string in upper case.") { r, _, _ in .string(try string(r).uppercased()) },
            F("lowercased", returns: "String", doc: "The string in lower case.") { r, _, _ in .string(try string(r).lowercased()) },
            F("hasPrefix", [P(nil, "prefix", "String")], returns: "Bool", doc: "Whether the string starts with `prefix`.") { r, a, _ in
                .bool(try string(r).hasPrefix(try a.string("prefix")))
            },
            F("hasSuffix", [P(nil, "suffix", "String")], returns: "Bool", doc: "Whether the string ends with `suffix`.") { r, a, _ in
                .bool(try string(r).hasSuffix(try a.string("suffix")))
            },
            F("contains", [P(nil, "other", "String")], returns: "Bool", doc: "Whether `other` occurs in the string.") { r, a, _ in
                let other = try a.string("other"), s = try string(r)
                return .bool(other.isEmpty || s.contains(other))
            },
            F("split", [P("separator", "separator", "String")], returns: "[String]",
              doc: "The pieces between occurrences of a one-character separator; empty pieces are dropped (Swift's default).") { r, a, _ in
                let sep = try a.string("separator")
                guard let ch = sep.first, sep.count == 1 else { throw a.error("separator", "separator must be a single character") }
                return .array(try string(r).split(separator: ch).map { .string(String($0)) })
            },
        ]
    }

    private static var rangeMethods: [BuiltinFunction] {
        [
            F("contains", [P(nil, "element", "Int")], returns: "Bool", doc: "Whether the range contains the value.") { r, a, _ in
                guard case let .range(lo, hi, closed) = r else { throw BuiltinError("contains needs a range") }
                guard let x = a.value("element").asDouble else { throw a.mismatch("element", expected: "Int") }
                return .bool(x >= Double(lo) && (closed ? x <= Double(hi) : x < Double(hi)))
            },
        ]
    }

    private static var rangeProperties: [BuiltinProperty] {
        [
            prop("count", "Int", "The number of integers in the range.") { v in
                guard case let .range(lo, hi, closed) = v else { throw BuiltinError("count needs a range") }
                let (n, overflow) = hi.subtractingReportingOverflow(lo)
                guard !overflow, !(closed && n == Int.max) else { throw BuiltinError("the range's count does not fit in Int") }
                return .int(closed ? n + 1 : n)
            },
            prop("lowerBound", "Int", "The first value.") { v in
                guard case let .range(lo, _, _) = v else { throw BuiltinError("lowerBound needs a range") }
                return .int(lo)
            },
            prop("upperBound", "Int", "The upper bound (excluded for ..<, included for ...).") { v in
                guard case let .range(_, hi, _) = v else { throw BuiltinError("upperBound needs a range") }
                return .int(hi)
            },
        ]
    }

    private static var doubleMethods: [BuiltinFunction] {
        [
            F("truncatingRemainder", [P("dividingBy", "other", "Double")], returns: "Double",
              doc: "The remainder of dividing by `other`, truncating toward zero (C's fmod).") { r, a, _ in
                guard case let .double(x) = r else { throw BuiltinError("truncatingRemainder needs a Double") }
                return .double(x.truncatingRemainder(dividingBy: try a.double("other")))
            },
            F("rounded", returns: "Double", doc: "Rounded to the nearest integer, halfway cases away from zero.") { r, _, _ in
                guard case let .double(x) = r else { throw BuiltinError("rounded needs a Double") }
                return .double(x.rounded())
            },
        ]
    }

    // MARK: Helpers

    private static func prop(_ name: String, _ type: String, _ doc: String,
                             _ get: @escaping @Sendable (Value) throws -> Value) -> BuiltinProperty {
        BuiltinProperty(name, type, doc: doc) { v, _ in try get(v) }
    }

    static func array(_ v: Value) throws -> [Value] {
        if case let .array(a) = v { return a }
        if let a = try Value.checkedSequenceElements(v) { return a }
        throw BuiltinError("expected an array, not \(v.typeName)")
    }

    static func dict(_ v: Value) throws -> ValueDictionary {
        if case let .dictionary(d) = v { return d }
        throw BuiltinError("expected a dictionary, not \(v.typeName)")
    }

    static func string(_ v: Value) throws -> String {
        if case let .string(s) = v { return s }
        throw BuiltinError("expected a String, not \(v.typeName)")
    }

    /// Runs `body` on the receiver's array in place (unique storage: no copy) and returns `.void`.
    @discardableResult
    static func mutate(_ receiver: inout Value, _ body: (inout [Value]) throws -> Void) throws -> Value {
        guard case var .array(items) = receiver else { throw BuiltinError("expected an array, not \(receiver.typeName)") }
        receiver = .void
        defer { receiver = .array(items) }
        try body(&items)
        return .void
    }

    static func truth(_ v: Value, _ what: String, _ c: BuiltinContext) throws -> Bool {
        if case let .bool(b) = v { return b }
        throw BuiltinError("the closure given to \(what) must return Bool, not \(v.typeName)")
    }

    /// A stable merge sort by `<` or by a predicate closure (which may throw).
    static func sortValues(_ items: [Value], by predicate: Value?, _ c: BuiltinContext) throws -> [Value] {
        let less: (Value, Value) throws -> Bool
        if let p = predicate {
            less = { try truth(c.call(p, [$0, $1]), "sorted(by:)", c) }
        } else {
            less = { try Arithmetic.lessThan($0, $1, span: c.span) }
        }
        return try mergeSort(items, less)
    }

    private static func mergeSort(_ a: [Value], _ less: (Value, Value) throws -> Bool) throws -> [Value] {
        guard a.count > 1 else { return a }
        let mid = a.count / 2
        let l = try mergeSort(Array(a[..<mid]), less), r = try mergeSort(Array(a[mid...]), less)
        var out: [Value] = []
        out.reserveCapacity(a.count)
        var i = 0, j = 0
        while i < l.count && j < r.count {
            if try less(r[j], l[i]) { out.append(r[j]); j += 1 } else { out.append(l[i]); i += 1 }
        }
        out += l[i...]; out += r[j...]
        return out
    }
}
