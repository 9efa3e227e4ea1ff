import CellLanguage
import Tensors

/// Tensors in cells, with PyTorch's names in Swift case: creation (`Tensor`, `zeros`, `arange`,
/// `uniform` …), the methods and properties of `Tensor` (`shape`, `item()`, `sum(1)`,
/// `backward()` …), operators (`+ - * /`, comparisons giving 0/1 masks), indexing and slicing,
/// and the functional ops (`matmul`, `relu`, `concat`, the losses, `noGrad`).
/// Every op is the engine's (Sources/Tensors), whose doc comments give shapes and formulas.
public enum TensorBuiltins {
    typealias P = BuiltinParameter

    public static var table: BuiltinTable {
        var statics = creation
        statics.removeAll { $0.name == "Tensor" }
        return BuiltinTable(domain: "Tensor", functions: creation + functional, methods: [
            "Tensor": methods + operators,
            "Tensor.Type": statics,
        ], properties: ["Tensor": properties])
    }

    // MARK: - Creation

    private static var creation: [BuiltinFunction] {
        [
            BuiltinFunction("Tensor", [P(nil, "values", "Number or nested [Number]"), P("requiresGrad", "requiresGrad", "Bool", default: .bool(false))],
                            returns: "Tensor",
                            doc: "A tensor from a number or nested arrays of numbers (rank ≤ 4). All-Int values give an Int tensor (PyTorch int64), otherwise Float32. PyTorch: `torch.tensor`.") { _, a, _ in
                .host(try TensorConversion.tensor(from: a.value("values"), requiresGrad: try a.bool("requiresGrad")))
            },
            shaped("zeros", "A Float tensor of zeros. PyTorch: `torch.zeros`.") { dims, _ in try Tensor.zeros(dims) },
            shaped("ones", "A Float tensor of ones. PyTorch: `torch.ones`.") { dims, _ in try Tensor.ones(dims) },
            BuiltinFunction("full", [P(nil, "shape", "[Int]"), P(nil, "value", "Double"), P("requiresGrad", "requiresGrad", "Bool", default: .bool(false))],
                            returns: "Tensor", doc: "A Float tensor filled with `value`. PyTorch: `torch.full`.") { _, a, _ in
                let t = try Tensor.full(try TensorConversion.dims([a.value("shape")], op: "full"), value: try a.float("value"),
                                        requiresGrad: try a.bool("requiresGrad"))
                return TensorConversion.wrap(t)
            },
            BuiltinFunction("arange", [P(nil, "end", "Int or Double")], returns: "Tensor",
                            doc: "`[0, 1, …, end-1]`: an Int tensor for an Int end, else Float. PyTorch: `torch.arange(end)`.") { _, a, _ in
                try arange(.int(0), a.value("end"), .int(1))
            },
            BuiltinFunction("arange", [P(nil, "start", "Int or Double"), P(nil, "end", "Int or Double"), P("step", "step", "Int or Double", default: .int(1))],
                            returns: "Tensor",
                            doc: "`[start, start+step, …]` below `end`; Int when all three are Int. PyTorch: `torch.arange(start, end, step)`.") { _, a, _ in
                try arange(a.value("start"), a.value("end"), a.value("step"))
            },
            BuiltinFunction("uniform", [P(nil, "shape", "[Int]"), P(nil, "low", "Double", default: .double(0)), P(nil, "high", "Double", default: .double(1)),
                                        P("requiresGrad", "requiresGrad", "Bool", default: .bool(false))],
                            returns: "Tensor",
                            doc: "Values uniform in [low, high) from the session's seeded generator. PyTorch: `torch.empty(shape).uniform_(low, high)`.") { _, a, c in
                TensorConversion.wrap(try Tensor.uniform(try TensorConversion.dims([a.value("shape")], op: "uniform"), low: try a.float("low"),
                                                         high: try a.float("high"), using: TensorConversion.generator(c), requiresGrad: try a.bool("requiresGrad")))
            },
            BuiltinFunction("normal", [P(nil, "shape", "[Int]"), P(nil, "mean", "Double", default: .double(0)), P(nil, "std", "Double", default: .double(1)),
                                       P("requiresGrad", "requiresGrad", "Bool", default: .bool(false))],
                            returns: "Tensor",
                            doc: "Values from N(mean, std²) from the session's seeded generator. PyTorch: `torch.normal(mean, std, shape)`.") { _, a, c in
                TensorConversion.wrap(try Tensor.normal(try TensorConversion.dims([a.value("shape")], op: "normal"), mean: try a.float("mean"),
                                                        std: try a.float("std"), using: TensorConversion.generator(c), requiresGrad: try a.bool("requiresGrad")))
            },
            BuiltinFunction("randint", [P(nil, "low", "Int"), P(nil, "high", "Int"), P(nil, "shape", "[Int]")], returns: "Tensor",
                            doc: "An Int tensor of integers uniform in low..<high from the session's seeded generator. PyTorch: `torch.randint(low, high, shape)`.") { _, a, c in
                let (lo, hi) = (try a.int("low"), try a.int("high"))
                let (width, overflow) = hi.subtractingReportingOverflow(lo)
                guard lo < hi, !overflow else { throw a.error("high", "randint: expected low < high (a range that fits in Int), got \(lo) and \(hi)") }
                let dims = try TensorConversion.dims([a.value("shape")], op: "randint")
                let shape = try Shape(dims)
                let g = TensorConversion.generator(c)
                let values = (0..<shape.count).map { _ in lo + g.nextInt(below: width) }
                return .host(TensorObject(indices: try IndexTensor(values, shape: dims)))
            },
            BuiltinFunction("randperm", [P(nil, "n", "Int")], returns: "Tensor",
                            doc: "A random permutation of 0..<n as an Int tensor (Fisher–Yates with the session's seeded generator). PyTorch: `torch.randperm`.") { _, a, c in
                let n = try a.int("n")
                guard n >= 0, n <= Shape.maxCount else { throw a.error("n", "randperm: expected 0 <= n <= \(Shape.maxCount), got \(n)") }
                var values = Array(0..<n)
                let g = TensorConversion.generator(c)
                if n > 1 { for i in stride(from: n - 1, to: 0, by: -1) { values.swapAt(i, g.nextInt(below: i + 1)) } }
                return .host(TensorObject(indices: IndexTensor(values)))
            },
        ]
    }

    private static func shaped(_ name: String, _ doc: String, _ make: @escaping @Sendable ([Int], Bool) throws -> Tensor) -> BuiltinFunction {
        BuiltinFunction(name, [P(nil, "shape", "[Int]"), P("requiresGrad", "requiresGrad", "Bool", default: .bool(false))], returns: "Tensor", doc: doc) { _, a, _ in
            let t = try make(try TensorConversion.dims([a.value("shape")], op: name), false)
            t.requiresGrad = try a.bool("requiresGrad")
            return TensorConversion.wrap(t)
        }
    }

    private static func arange(_ start: Value, _ end: Value, _ step: Value) throws -> Value {
        if case let .int(s) = start, case let .int(e) = end, case let .int(st) = step {
            guard st != 0 else { throw TensorError.invalidArgument(op: "arange", reason: "a nonzero step") }
            // Count first (in Double, so no overflow) to refuse absurd sizes before allocating.
            let count = max(0, ((Double(e) - Double(s)) / Double(st)).rounded(.up))
            guard count <= Double(Shape.maxCount) else {
                throw TensorError.invalidArgument(op: "arange", reason: "at most \(Shape.maxCount) values, got \(count)")
            }
            let values = Array(Swift.stride(from: s, to: e, by: st))
            return .host(TensorObject(indices: IndexTensor(values)))
        }
        guard let s = start.asDouble, let e = end.asDouble, let st = step.asDouble else {
            throw BuiltinError("arange: expected numbers, got \(start.typeName), \(end.typeName) and \(step.typeName)")
        }
        return TensorConversion.wrap(try Tensor.arange(s, e, step: st))
    }

    // MARK: - Properties

    private static var properties: [BuiltinProperty] {
        [
            BuiltinProperty("shape", "[Int]", doc: "The sizes of the dimensions, outermost first. PyTorch: `shape`.") { r, _ in
                .array(try obj(r).tensor.shape.dims.map(Value.int))
            },
            BuiltinProperty("count", "Int", doc: "The number of elements. PyTorch: `numel()`.") { r, _ in .int(try obj(r).tensor.count) },
            BuiltinProperty("rank", "Int", doc: "The number of dimensions. PyTorch: `dim()`.") { r, _ in .int(try obj(r).tensor.rank) },
            BuiltinProperty("dtype", "String", doc: "\"Float\" (Float32) or \"Int\" (an index tensor). PyTorch: `dtype`.") { r, _ in .string(try obj(r).dtype) },
            BuiltinProperty("requiresGrad", "Bool", doc: "Whether gradients flow to this tensor; set it on leaves (parameters). PyTorch: `requires_grad`.",
                            get: { r, _ in .bool(try obj(r).tensor.requiresGrad) },
                            set: { r, v, _ in
                                guard case let .bool(b) = v else { throw BuiltinError("requiresGrad: expected a Bool, got \(v.typeName)") }
                                let o = try obj(r)
                                if b && o.indices != nil { throw BuiltinError("requiresGrad: expected a Float tensor; an Int tensor cannot require gradients") }
                                o.tensor.requiresGrad = b
                            }),
            BuiltinProperty("grad", "Tensor?", doc: "The gradient accumulated by `backward()`, or nil. PyTorch: `grad`.") { r, _ in
                try obj(r).tensor.grad.map(TensorConversion.wrap) ?? .none
            },
            BuiltinProperty("T", "Tensor", doc: "The transpose of a rank-2 tensor. PyTorch: `t.T`.") { r, _ in
                TensorConversion.wrap(try obj(r).tensor.transposed())
            },
        ]
    }

    // MARK: - Methods

    private static func method(_ name: String, _ params: [BuiltinParameter] = [], returns: String = "Tensor", _ doc: String,
                               _ body: @escaping @Sendable (TensorObject, BuiltinArguments, BuiltinContext) throws -> Value) -> BuiltinFunction {
        BuiltinFunction(name, params, returns: returns, doc: doc) { r, a, c in try body(try obj(r), a, c) }
    }

    private static func method(_ name: String, returns: String = "Tensor", _ doc: String,
                               _ body: @escaping @Sendable (TensorObject, BuiltinArguments, BuiltinContext) throws -> Value) -> BuiltinFunction {
        method(name, [], returns: returns, doc, body)
    }

    private static func unary(_ name: String, _ doc: String, _ f: @escaping @Sendable (Tensor) throws -> Tensor) -> BuiltinFunction {
        method(name, doc) { t, _, _ in TensorConversion.wrap(try f(t.tensor)) }
    }

    private static var methods: [BuiltinFunction] {
        [
            method("item", returns: "Double", "The value of a one-element tensor as a Double (an Int for an Int tensor). PyTorch: `item()`.") { t, _, _ in
                if let idx = t.indices {
                    guard idx.count == 1 else { throw TensorError.invalidArgument(op: "item", reason: "a tensor of one element, got shape \(idx.shape)") }
                    return .int(idx.values[0])
                }
                return .double(TensorConversion.decimal(Float(try t.tensor.item())))
            },
            method("tolist", returns: "Array", "The values as nested arrays of Double (Int for an Int tensor). PyTorch: `tolist()`.") { t, _, _ in
                TensorConversion.list(t)
            },
            method("sum", "The sum of every element, a rank-0 tensor. PyTorch: `sum()`.") { t, _, _ in TensorConversion.wrap(t.tensor.sum()) },
            method("sum", [P(nil, "dim", "Int"), P("keepdim", "keepdim", "Bool", default: .bool(false))],
                   "The sums along `dim` (negative counts from the end). PyTorch: `sum(dim, keepdim)`.") { t, a, _ in
                TensorConversion.wrap(try t.tensor.sum(dim: try a.int("dim"), keepdim: try a.bool("keepdim")))
            },
            method("mean", "The mean of every element, a rank-0 tensor. PyTorch: `mean()`.") { t, _, _ in
                guard t.tensor.count > 0 else { throw TensorError.invalidArgument(op: "mean", reason: "a non-empty tensor") }
                return TensorConversion.wrap(t.tensor.mean())
            },
            method("mean", [P(nil, "dim", "Int"), P("keepdim", "keepdim", "Bool", default: .bool(false))],
                   "The means along `dim`. PyTorch: `mean(dim, keepdim)`.") { t, a, _ in
                TensorConversion.wrap(try t.tensor.mean(dim: try a.int("dim"), keepdim: try a.bool("keepdim")))
            },
            unary("exp", "e^x element-wise. PyTorch: `exp()`.") { $0.exp() },
            unary("log", "The natural logarithm element-wise. PyTorch: `log()`.") { $0.log() },
            unary("sqrt", "The square root element-wise. PyTorch: `sqrt()`.") { $0.sqrt() },
            unary("tanh", "tanh element-wise. PyTorch: `tanh()`.") { $0.tanh() },
            unary("sigmoid", "1/(1+e^−x) element-wise. PyTorch: `sigmoid()`.") { $0.sigmoid() },
            unary("relu", "max(x, 0) element-wise. PyTorch: `relu()`.") { $0.relu() },
            unary("abs", "|x| element-wise. PyTorch: `abs()`.") { $0.abs() },
            unary("neg", "−x element-wise. PyTorch: `neg()`.") { $0.neg() },
            method("pow", [P(nil, "exponent", "Double")], "x^p element-wise. PyTorch: `pow(p)`.") { t, a, _ in
                TensorConversion.wrap(t.tensor.pow(try a.float("exponent")))
            },
            method("clamp", [P("min", "min", "Double?", default: Value.none, defaultText: "nil"), P("max", "max", "Double?", default: Value.none, defaultText: "nil")],
                   "Values limited to [min, max]. PyTorch: `clamp(min, max)`.") { t, a, _ in
                TensorConversion.wrap(try t.tensor.clamp(min: try a.optionalFloat("min"), max: try a.optionalFloat("max")))
            },
            BuiltinFunction("reshape", [P(nil, "shape", "Int... or [Int]", variadic: true)], returns: "Tensor",
                            doc: "The same values with another shape; one size may be -1. PyTorch: `reshape` / `view`.") { r, a, _ in
                let t = try obj(r)
                let dims = try TensorConversion.dims(a.variadic("shape"), op: "reshape")
                if let idx = t.indices {
                    let shape = try t.tensor.reshape(dims).shape
                    return .host(TensorObject(indices: try IndexTensor(idx.values, shape: shape.dims)))
                }
                return TensorConversion.wrap(try t.tensor.reshape(dims))
            },
            method("squeeze", [P(nil, "dim", "Int?", default: Value.none, defaultText: "nil")],
                   "Drops dimension `dim` when its size is 1, or every size-1 dimension. PyTorch: `squeeze`.") { t, a, _ in
                let dim: Int? = a.value("dim").isNil ? nil : try a.int("dim")
                return try keepKind(t, try t.tensor.squeeze(dim: dim))
            },
            method("unsqueeze", [P(nil, "dim", "Int")], "Inserts a dimension of size 1 at `dim`. PyTorch: `unsqueeze`.") { t, a, _ in
                try keepKind(t, try t.tensor.unsqueeze(dim: try a.int("dim")))
            },
            unary("transposed", "The transpose of a rank-2 tensor. PyTorch: `t()`.") { try $0.transposed() },
            method("matmul", [P(nil, "other", "Tensor")], "The matrix product (ranks 1 and 2). PyTorch: `matmul`.") { t, a, _ in
                TensorConversion.wrap(try t.tensor.matmul(try a.tensor("other")))
            },
            method("argmax", returns: "Int", "The flat index of the largest element. PyTorch: `argmax()`.") { t, _, _ in .int(try t.tensor.argmax()) },
            method("argmax", [P("dim", "dim", "Int"), P("keepdim", "keepdim", "Bool", default: .bool(false))],
                   "The indices of the largest elements along `dim`, an Int tensor. PyTorch: `argmax(dim)`.") { t, a, _ in
                .host(TensorObject(indices: try t.tensor.argmax(dim: try a.int("dim"), keepdim: try a.bool("keepdim"))))
            },
            method("argsort", [P("dim", "dim", "Int", default: .int(-1)), P("descending", "descending", "Bool", default: .bool(false))],
                   "The indices that sort along `dim` (stable), an Int tensor. PyTorch: `argsort`.") { t, a, _ in
                .host(TensorObject(indices: try t.tensor.argsort(dim: try a.int("dim"), descending: try a.bool("descending"))))
            },
            method("backward", returns: "Void", "Accumulates the gradient of this scalar into every leaf that requires gradients. PyTorch: `backward()`.") { t, _, _ in
                try t.tensor.backward()
                return .void
            },
            method("zeroGrad", returns: "Void", "Drops the accumulated gradient. PyTorch: `grad = None`.") { t, _, _ in
                t.tensor.zeroGrad()
                return .void
            },
            method("detach", "The same values, cut from the autodiff graph. PyTorch: `detach()`.") { t, _, _ in
                t.indices != nil ? .host(t) : TensorConversion.wrap(t.tensor.detached())
            },
            method("float", "A Float32 copy (of an Int tensor). PyTorch: `float()`.") { t, _, _ in
                t.indices != nil ? TensorConversion.wrap(t.tensor.detached()) : .host(t)
            },
            method("long", "An Int tensor of whole-number values. PyTorch: `long()` (exact values only).") { t, _, _ in
                t.indices != nil ? .host(t) : .host(TensorObject(indices: try IndexTensor(t.tensor)))
            },
            BuiltinFunction("subscript", [P(nil, "indices", "Int, Range or Tensor", variadic: true)], returns: "Tensor or Double",
                            doc: "`t[i]` is row i (one rank lower), `t[a..<b]` rows a to b, `t[idx]` the rows at an Int tensor's indices; as many Ints as the rank give the element as a Double (an Int for an Int tensor). Negative indices count from the end. PyTorch: `t[i]`, `t[a:b]`, `t[idx]`, `t[i, j].item()`.") { r, a, _ in
                try subscriptGet(try obj(r), a.variadic("indices"))
            },
        ] + initialisers + initialisers.map { f in
            // PyTorch's trailing-underscore spellings of the in-place initialisers.
            var alias = f
            alias.name += "_"
            return alias
        }
    }

    private static var initialisers: [BuiltinFunction] {
        [
            inPlace("uniform", [P(nil, "low", "Double", default: .double(0)), P(nil, "high", "Double", default: .double(1))],
                    "Refills in place with values uniform in [low, high) from the session's generator; returns the tensor. PyTorch: `uniform_`.") { t, a, c in
                try t.uniform_(low: try a.float("low"), high: try a.float("high"), using: TensorConversion.generator(c))
            },
            inPlace("normal", [P(nil, "mean", "Double", default: .double(0)), P(nil, "std", "Double", default: .double(1))],
                    "Refills in place from N(mean, std²) from the session's generator; returns the tensor. PyTorch: `normal_`.") { t, a, c in
                try t.normal_(mean: try a.float("mean"), std: try a.float("std"), using: TensorConversion.generator(c))
            },
            inPlace("copy", [P(nil, "values", "[Double]")], "Overwrites the values in place, row-major (same count), e.g. to load fixed weights; returns the tensor. PyTorch: `copy_`.") { t, a, _ in
                let values = try a.array("values").map { v -> Float in
                    guard let d = v.asDouble else { throw a.mismatch("values", expected: "[Double]") }
                    return Float(d)
                }
                try t.copy_(values)
            },
            inPlace("fill", [P(nil, "value", "Double")], "Sets every element in place; returns the tensor. PyTorch: `fill_`.") { t, a, _ in
                t.fill_(try a.float("value"))
            },
        ]
    }

    /// An in-place initialiser of a Float tensor that returns the tensor (so `emb.weight.uniform(0, 0.05)` chains).
    private static func inPlace(_ name: String, _ params: [BuiltinParameter], _ doc: String,
                                _ body: @escaping @Sendable (Tensor, BuiltinArguments, BuiltinContext) throws -> Void) -> BuiltinFunction {
        method(name, params, doc) { t, a, c in
            guard t.indices == nil else { throw TensorError.dtypeMismatch(op: name, expected: "a Float tensor", got: "an Int tensor of shape \(t.tensor.shape)") }
            try body(t.tensor, a, c)
            return .host(t)
        }
    }

    /// A shape op's result as the same kind of tensor as its input.
    private static func keepKind(_ t: TensorObject, _ result: Tensor) throws -> Value {
        if let idx = t.indices { return .host(TensorObject(indices: try IndexTensor(idx.values, shape: result.shape.dims))) }
        return TensorConversion.wrap(result)
    }

    private static func subscriptGet(_ t: TensorObject, _ indices: [Value]) throws -> Value {
        let x = t.tensor
        guard let first = indices.first else { throw BuiltinError("subscript: expected an index") }
        if indices.count == 1 {
            switch first {
            case let .range(lo, hi, closed):
                let n = x.rank > 0 ? x.shape[0] : 0
                let upper = closed ? hi + 1 : hi
                guard x.rank > 0 else { throw TensorError.rankMismatch(op: "slice", expected: "at least 1", got: 0) }
                guard lo >= 0, lo <= upper, upper <= n else { throw TensorError.indexOutOfRange(op: "slice", index: lo < 0 || lo > upper ? lo : upper, size: n) }
                if let idx = t.indices {
                    let width = x.count / Swift.max(n, 1)
                    let values = Array(idx.values[(lo * width)..<(upper * width)])
                    return .host(TensorObject(indices: try IndexTensor(values, shape: [upper - lo] + Array(x.shape.dims.dropFirst()))))
                }
                return TensorConversion.wrap(try naming("slice") { try x.rows(lo..<upper) })
            case .host, .array:
                let idx = try TensorConversion.indices(first, op: "subscript")
                if let own = t.indices {
                    guard own.shape.rank == 1 else { throw TensorError.rankMismatch(op: "subscript", expected: "1 for an Int tensor indexed by a tensor", got: own.shape.rank) }
                    var values: [Int] = []
                    values.reserveCapacity(idx.count)
                    for i in idx.values {
                        guard i >= 0, i < own.count else { throw TensorError.indexOutOfRange(op: "subscript", index: i, size: own.count) }
                        values.append(own.values[i])
                    }
                    return .host(TensorObject(indices: try IndexTensor(values, shape: idx.shape.dims)))
                }
                return TensorConversion.wrap(try naming("subscript") { try x.gatherRows(idx) })
            default: break
            }
        }
        var ints: [Int] = []
        for v in indices {
            guard case let .int(i) = v else { throw BuiltinError("subscript: expected Int indices (or one range or index tensor), got \(v.typeName)") }
            ints.append(i)
        }
        guard ints.count <= x.rank else { throw TensorError.rankMismatch(op: "subscript", expected: "at least \(ints.count) for \(ints.count) indices", got: x.rank) }
        // Negative indices count from the end, as in PyTorch.
        for (d, i) in ints.enumerated() where i < 0 { ints[d] = i + x.shape[d] }
        if ints.count == x.rank {
            let value = try naming("subscript") { try x.value(at: ints) }
            if t.indices != nil { return .int(Int(value)) }
            return .double(TensorConversion.decimal(Float(value)))
        }
        var result = x
        for i in ints { result = try naming("subscript") { try result.row(i) } }
        return try keepKind(t, result)
    }

    // MARK: - Operators

    private static var operators: [BuiltinFunction] {
        var out: [BuiltinFunction] = []
        let arithmetic: [(String, @Sendable (Tensor, Tensor) throws -> Tensor)] = [
            ("+", { try $0.add($1) }), ("-", { try $0.sub($1) }), ("*", { try $0.mul($1) }), ("/", { try $0.div($1) }),
        ]
        for (name, f) in arithmetic {
            out.append(BuiltinFunction(name, [P(nil, "lhs", "Tensor or Double"), P(nil, "rhs", "Tensor or Double")], returns: "Tensor",
                                       doc: "Element-wise `\(name)` with broadcasting (numpy rules); a number acts as a rank-0 tensor.") { _, a, _ in
                let (l, r) = (a.value("lhs"), a.value("rhs"))
                // Tensor–number forms avoid building a rank-0 tensor and a broadcast.
                if case let .host(h as TensorObject) = l, let s = r.asDouble {
                    let x = h.tensor, s = Float(s)
                    switch name {
                    case "+": return TensorConversion.wrap(x + s)
                    case "-": return TensorConversion.wrap(x - s)
                    case "*": return TensorConversion.wrap(x * s)
                    default: return TensorConversion.wrap(x / s)
                    }
                }
                if let s = l.asDouble, case let .host(h as TensorObject) = r {
                    let x = h.tensor, s = Float(s)
                    switch name {
                    case "+": return TensorConversion.wrap(s + x)
                    case "-": return TensorConversion.wrap(s - x)
                    case "*": return TensorConversion.wrap(s * x)
                    default: return TensorConversion.wrap(s / x)
                    }
                }
                let (x, y) = (try TensorConversion.floatTensor(l, op: name), try TensorConversion.floatTensor(r, op: name))
                return TensorConversion.wrap(try naming("`\(name)`") { try f(x, y) })
            })
        }
        let comparisons: [(String, Tensor.Comparison)] = [
            ("==", .equal), ("!=", .notEqual), ("<", .less), ("<=", .lessOrEqual), (">", .greater), (">=", .greaterOrEqual),
        ]
        for (name, cmp) in comparisons {
            out.append(BuiltinFunction(name, [P(nil, "lhs", "Tensor or Double"), P(nil, "rhs", "Tensor or Double")], returns: "Tensor",
                                       doc: "A Float 0/1 mask of `lhs \(name) rhs` element-wise, broadcasting. PyTorch: `(a \(name) b).float()`.") { _, a, _ in
                let l = try TensorConversion.floatTensor(a.value("lhs"), op: name)
                let r = try TensorConversion.floatTensor(a.value("rhs"), op: name)
                return TensorConversion.wrap(try naming("`\(name)`") { try l.compare(cmp, r) })
            })
        }
        out.append(BuiltinFunction("prefix-", [P(nil, "operand", "Tensor")], returns: "Tensor", doc: "Element-wise negation.") { _, a, _ in
            TensorConversion.wrap(try a.tensor("operand").neg())
        })
        return out
    }

    // MARK: - Functional ops

    private static var functional: [BuiltinFunction] {
        [
            BuiltinFunction("matmul", [P(nil, "a", "Tensor"), P(nil, "b", "Tensor")], returns: "Tensor",
                            doc: "The matrix product of ranks 1 and 2 (BLAS sgemm). PyTorch: `torch.matmul`.") { _, a, _ in
                TensorConversion.wrap(try a.tensor("a").matmul(try a.tensor("b")))
            },
            BuiltinFunction("relu", [P(nil, "x", "Tensor")], returns: "Tensor", doc: "max(x, 0) element-wise. PyTorch: `F.relu`.") { _, a, _ in
                TensorConversion.wrap(try a.tensor("x").relu())
            },
            BuiltinFunction("sigmoid", [P(nil, "x", "Tensor")], returns: "Tensor", doc: "1/(1+e^−x) element-wise. PyTorch: `torch.sigmoid`.") { _, a, _ in
                TensorConversion.wrap(try a.tensor("x").sigmoid())
            },
            BuiltinFunction("tanh", [P(nil, "x", "Tensor")], returns: "Tensor", doc: "tanh element-wise. PyTorch: `torch.tanh`.") { _, a, _ in
                TensorConversion.wrap(try a.tensor("x").tanh())
            },
            BuiltinFunction("concat", [P(nil, "tensors", "[Tensor]"), P("dim", "dim", "Int", default: .int(0))], returns: "Tensor",
                            doc: "The tensors joined along `dim` (other sizes equal). PyTorch: `torch.cat`.") { _, a, _ in
                let ts = try a.array("tensors").map { v -> Tensor in
                    guard case let .host(h as TensorObject) = v else { throw a.mismatch("tensors", expected: "[Tensor]") }
                    return h.tensor
                }
                return TensorConversion.wrap(try Tensor.concat(ts, dim: try a.int("dim")))
            },
            BuiltinFunction("mseLoss", [P(nil, "prediction", "Tensor"), P(nil, "target", "Tensor")], returns: "Tensor",
                            doc: "mean((p − y)²) over equal element counts, element-wise even when shapes differ (PyTorch 0.3 THNN semantics, lesson5-spec.md §3.11). PyTorch: `F.mse_loss`.") { _, a, _ in
                TensorConversion.wrap(try Loss.mse(try a.tensor("prediction"), try a.tensor("target")))
            },
            BuiltinFunction("bceWithLogitsLoss", [P(nil, "logits", "Tensor"), P(nil, "target", "Tensor")], returns: "Tensor",
                            doc: "Binary cross-entropy on logits against targets in [0, 1], mean over elements, numerically stable. PyTorch: `F.binary_cross_entropy_with_logits`.") { _, a, _ in
                TensorConversion.wrap(try Loss.binaryCrossEntropyWithLogits(try a.tensor("logits"), try a.tensor("target")))
            },
            BuiltinFunction("crossEntropyLoss", [P(nil, "logits", "Tensor"), P(nil, "target", "Tensor or [Int]")], returns: "Tensor",
                            doc: "Softmax cross-entropy of (N, C) logits against N class indices, mean over N. PyTorch: `F.cross_entropy`.") { _, a, _ in
                TensorConversion.wrap(try Loss.crossEntropy(try a.tensor("logits"), try TensorConversion.indices(a.value("target"), op: "crossEntropyLoss")))
            },
            BuiltinFunction("noGrad", [P(nil, "body", "() -> Any")], returns: "Any",
                            doc: "Runs `body` without recording ops for autodiff and returns its result (for evaluation). PyTorch: `with torch.no_grad():`.") { _, a, c in
                let body = try a.function("body")
                return try GradMode.withNoGrad { try c.call(body, []) }
            },
        ]
    }

    // MARK: - Helpers

    static func obj(_ value: Value) throws -> TensorObject {
        guard case let .host(h as TensorObject) = value else { throw BuiltinError("expected a Tensor, got \(value.typeName)") }
        return h
    }
}
