// How values print: Swift's `description` (print, interpolation) and `debugDescription` (the
// elements of collections, optionals' payloads, fields), decided by the static type. Numbers use
// the host's description of the same Swift type, so `0.1 + 0.2` prints as swiftc prints it.
//
//     print(p)            Point(x: 1, y: 2)            print([p])    [main.Point(x: 1, y: 2)]
//     print(s)            circle(radius: 2.0)          print([s])    [main.Shape.circle(radius: 2.0)]
//     print(c)            main.C   (classes always qualified)
//     print(Int?(1))      Optional(1)                  print(["a"])  ["a"]

extension Runtime {
    func describe(_ v: Value, _ t: SwiftType, debug: Bool = false) throws -> String {
        var out = ""
        try describe(v, t, debug: debug, into: &out)
        return out
    }

    /// A type as Swift prints it (`print(Int.self)`): generic types spelled out
    /// (`Array<Double>`, `Optional<Int>`), a cell's types by their bare name.
    static func typeName(_ t: SwiftType) -> String {
        switch t.resolved {
        case .nominal(let s, let args) where !args.isEmpty:
            return "\(s.name)<\(args.map(typeName).joined(separator: ", "))>"
        case .tuple(let elements):
            let parts = elements.map { e in (e.label.map { "\($0): " } ?? "") + typeName(e.type) }
            return "(\(parts.joined(separator: ", ")))"
        default:
            return t.resolved.description
        }
    }

    func describe(_ v: Value, _ type: SwiftType, debug: Bool, into out: inout String) throws {
        let t = type.resolved
        switch t {
        case .tuple(let elements):
            let fields = v.asRecord
            out += "("
            for (i, e) in elements.enumerated() {
                if i > 0 { out += ", " }
                if let l = e.label { out += "\(l): " }
                try describe(fields[i], e.type, debug: true, into: &out)
            }
            out += ")"
            return
        case .existential:
            if case .existential(let box) = v {
                try describe(box.value, box.type, debug: debug, into: &out)
            } else {
                out += "\(v)"
            }
            return
        case .function:
            out += "(Function)"
            return
        case .metatype(let inner):
            out += Self.typeName(inner)
            return
        case .nominal(let s, let args):
            if let custom = customDescription(s) {
                out += try custom(v)
                return
            }
            switch s.representation {
            case .int:
                out += NumberTypes.isUnsigned64(s.name) ? String(UInt(bitPattern: v.asInt)) : String(v.asInt)
            case .double:
                out += v.asDouble.description
            case .float:
                if case .float(let f) = v { out += f.description }
            case .bool:
                out += v.asBool ? "true" : "false"
            case .string, .substring:
                out += debug ? v.asString.debugDescription : v.asString
            case .character:
                if case .character(let c) = v { out += debug ? String(c).debugDescription : String(c) }
            case .array:
                out += "["
                for (i, e) in v.asArray.enumerated() {
                    if i > 0 { out += ", " }
                    try describe(e, args[0], debug: true, into: &out)
                }
                out += "]"
            case .set:
                guard case .set(let elements) = v else { return }
                out += "["
                for (i, e) in elements.enumerated() {
                    if i > 0 { out += ", " }
                    try describe(e, args[0], debug: true, into: &out)
                }
                out += "]"
            case .dictionary:
                guard case .dictionary(let d) = v else { return }
                if d.isEmpty {
                    out += "[:]"
                    return
                }
                out += "["
                var first = true
                for (k, x) in d {
                    if !first { out += ", " }
                    first = false
                    try describe(k, args[0], debug: true, into: &out)
                    out += ": "
                    try describe(x, args[1], debug: true, into: &out)
                }
                out += "]"
            case .optional:
                if case .null(let n) = v {
                    if n == 0 {
                        out += "nil"
                    } else {
                        out += "Optional("
                        try describe(.null(n - 1), args[0], debug: true, into: &out)
                        out += ")"
                    }
                    return
                }
                out += "Optional("
                try describe(v, args[0], debug: true, into: &out)
                out += ")"
            case .range, .closedRange:
                // In a collection: `Range(0..<2)`, `ClosedRange(1...3)`.
                let bounds = v.asRecord
                if debug { out += s.representation == .range ? "Range(" : "ClosedRange(" }
                try describe(bounds[0], args[0], debug: debug, into: &out)
                out += s.representation == .range ? "..<" : "..."
                try describe(bounds[1], args[0], debug: debug, into: &out)
                if debug { out += ")" }
            case .record:
                out += qualifiedName(s, args, debug: debug)
                out += "("
                let fields = v.asRecord
                let subst = Dictionary(
                    uniqueKeysWithValues: zip(s.genericParameters.map(ObjectIdentifier.init), args))
                for (i, p) in s.storedProperties.enumerated() {
                    if i > 0 { out += ", " }
                    out += "\(p.name): "
                    try describe(fields[i], p.type.substituting(subst), debug: true, into: &out)
                }
                out += ")"
            case .enumeration:
                guard case .enumCase(let index, let payload) = v else { return }
                let c = s.cases[index]
                if debug { out += qualifiedName(s, args, debug: true) + "." }
                out += c.name
                if let types = c.payload {
                    let subst = Dictionary(
                        uniqueKeysWithValues: zip(s.genericParameters.map(ObjectIdentifier.init), args))
                    out += "("
                    for (i, p) in types.enumerated() {
                        if i > 0 { out += ", " }
                        if let l = p.label { out += "\(l): " }
                        try describe(payload[i], p.type.substituting(subst), debug: true, into: &out)
                    }
                    out += ")"
                }
            case .object:
                if case .object(let o) = v {
                    out += "main." + o.type.symbol.name
                } else {
                    out += "main.\(s.name)"
                }
            case .protocolType:
                out += "\(v)"
            case .host:
                if case .host(let o) = v { out += String(describing: o) }
            }
        case .genericParameter, .variable, .error:
            out += "\(v)"
        }
    }

    /// `Point`, or in debug form `main.Point`; generic arguments are qualified in debug form
    /// (`main.G<Swift.String>`).
    func qualifiedName(_ s: TypeSymbol, _ args: [SwiftType], debug: Bool) -> String {
        var name = debug ? (s.isLibrary ? "Swift." : "main.") + s.name : s.name
        if !args.isEmpty {
            name +=
                "<"
                + args.map { a -> String in
                    if let inner = a.resolved.symbol {
                        return qualifiedName(inner, a.genericArguments, debug: debug)
                    }
                    return a.description
                }.joined(separator: ", ") + ">"
        }
        return name
    }
}
