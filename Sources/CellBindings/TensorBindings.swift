// Tensors in cells, with PyTorch's names in Swift case and PyTorch's semantics: creation
// (`Tensor(…)`, `zeros`, `arange`, `uniform` …), the members of `Tensor` (`shape`, `item()`,
// `sum(1)`, `backward()` …), operators (`+ - * /` with broadcasting, comparisons giving 0/1
// masks, in-place `-=`), indexing and slicing, and the functional ops (`matmul`, `relu`,
// `concat`, the losses, `noGrad`). Every op is the engine's (Sources/Tensors), whose doc
// comments give shapes and formulas; this file only converts.

import CellCore
import Tensors

enum TensorBindings {
    static let source = """
        /// The types `tolist()` and `item()` give, chosen by context: Double (or Float) for a Float
        /// tensor, Int for an Int tensor, in arrays nested as deep as the tensor's rank.
        protocol TensorElements {}
        extension Double: TensorElements {}
        extension Float: TensorElements {}
        extension Int: TensorElements {}
        extension Array: TensorElements where Element: TensorElements {}

        /// An n-dimensional array of Float32 values (or Int indices) with autodiff: PyTorch's
        /// Tensor. A reference type, as PyTorch's: layers and optimizers share their parameters.
        final class Tensor: CustomStringConvertible {
            /// A rank-0 Int tensor (Int overloads come first: an integer literal array is an Int
            /// tensor, as `torch.tensor([1, 2])` is int64). PyTorch: `torch.tensor(3)` (int64).
            init(_ value: Int)
            /// A rank-1 Int tensor (indices for lookups). PyTorch: `torch.tensor([1, 2])` (int64).
            init(_ values: [Int])
            /// A rank-2 Int tensor.
            init(_ values: [[Int]])
            /// A rank-3 Int tensor.
            init(_ values: [[[Int]]])

            /// A rank-0 Float tensor. PyTorch: `torch.tensor(3.5)`.
            init(_ value: Double, requiresGrad: Bool = false)
            /// A rank-1 Float tensor. PyTorch: `torch.tensor([1.0, 2.0])`.
            init(_ values: [Double], requiresGrad: Bool = false)
            /// A rank-2 Float tensor from rows of equal length.
            init(_ values: [[Double]], requiresGrad: Bool = false)
            /// A rank-3 Float tensor.
            init(_ values: [[[Double]]], requiresGrad: Bool = false)
            /// A rank-1 Float tensor from Float values.
            init(_ values: [Float], requiresGrad: Bool = false)
            /// A rank-2 Float tensor from rows of Float values.
            init(_ values: [[Float]], requiresGrad: Bool = false)
            /// The sizes of the dimensions, outermost first. PyTorch: `shape`.
            var shape: [Int] { get }
            /// The number of elements. PyTorch: `numel()`.
            var count: Int { get }
            /// The number of dimensions. PyTorch: `dim()`.
            var rank: Int { get }
            /// "Float" (Float32) or "Int" (an index tensor). PyTorch: `dtype`.
            var dtype: String { get }
            /// Whether gradients flow to this tensor; set it on leaves (parameters). PyTorch:
            /// `requires_grad`.
            var requiresGrad: Bool { get set }
            /// The gradient accumulated by `backward()`, or nil. PyTorch: `grad`.
            var grad: Tensor? { get }
            /// The transpose of a rank-2 tensor. PyTorch: `t.T`.
            var T: Tensor { get }
            /// PyTorch's repr in Swift dress: `Tensor([1.0, 2.0], shape: [2])`.
            var description: String { get }

            /// The value of a one-element tensor as a Double. PyTorch: `item()`.
            func item() -> Double
            /// The value of a one-element tensor as the type the context asks for (`let n: Int =
            /// t.item()` for an Int tensor). PyTorch: `item()`.
            func item<T: TensorElements>() -> T
            /// The values as nested arrays of the type the context asks for: `let xs: [Double] =
            /// t.tolist()`, `let rows: [[Double]] = m.tolist()`, `let ids: [Int] = idx.tolist()`.
            /// PyTorch: `tolist()`.
            func tolist<T: TensorElements>() -> T

            /// The sum of every element, a rank-0 tensor. PyTorch: `sum()`.
            func sum() -> Tensor
            /// The sums along `dim` (negative counts from the end). PyTorch: `sum(dim, keepdim)`.
            func sum(_ dim: Int, keepdim: Bool = false) -> Tensor
            /// The mean of every element, a rank-0 tensor. PyTorch: `mean()`.
            func mean() -> Tensor
            /// The means along `dim`. PyTorch: `mean(dim, keepdim)`.
            func mean(_ dim: Int, keepdim: Bool = false) -> Tensor
            /// e^x element-wise. PyTorch: `exp()`.
            func exp() -> Tensor
            /// The natural logarithm element-wise. PyTorch: `log()`.
            func log() -> Tensor
            /// The square root element-wise. PyTorch: `sqrt()`.
            func sqrt() -> Tensor
            /// tanh element-wise. PyTorch: `tanh()`.
            func tanh() -> Tensor
            /// 1/(1+e^−x) element-wise. PyTorch: `sigmoid()`.
            func sigmoid() -> Tensor
            /// max(x, 0) element-wise. PyTorch: `relu()`.
            func relu() -> Tensor
            /// |x| element-wise. PyTorch: `abs()`.
            func abs() -> Tensor
            /// −x element-wise. PyTorch: `neg()`.
            func neg() -> Tensor
            /// x^p element-wise. PyTorch: `pow(p)`.
            func pow(_ exponent: Double) -> Tensor
            /// Values limited to [min, max]. PyTorch: `clamp(min, max)`.
            func clamp(min: Double? = nil, max: Double? = nil) -> Tensor
            /// The same values with another shape; one size may be -1. PyTorch: `reshape`.
            func reshape(_ shape: [Int]) -> Tensor
            /// The same values with another shape; one size may be -1. PyTorch: `reshape(2, 3)`.
            func reshape(_ shape: Int...) -> Tensor
            /// Drops dimension `dim` when its size is 1, or every size-1 dimension. PyTorch: `squeeze`.
            func squeeze(_ dim: Int? = nil) -> Tensor
            /// Inserts a dimension of size 1 at `dim`. PyTorch: `unsqueeze`.
            func unsqueeze(_ dim: Int) -> Tensor
            /// The transpose of a rank-2 tensor. PyTorch: `t()`.
            func transposed() -> Tensor
            /// The matrix product (ranks 1 and 2). PyTorch: `matmul`.
            func matmul(_ other: Tensor) -> Tensor
            /// PyTorch's `t()`: the transpose of a rank-2 tensor, as `transposed()`.
            func t() -> Tensor
            /// PyTorch's `transpose(0, 1)` of a rank-2 tensor (the dimensions 0 and 1, or -2 and -1).
            func transpose(_ dim0: Int, _ dim1: Int) -> Tensor
            /// PyTorch's `view`: as `reshape`.
            func view(_ shape: Int...) -> Tensor
            /// PyTorch's `view`: as `reshape`.
            func view(_ shape: [Int]) -> Tensor
            /// PyTorch's `numel()`: `count`.
            func numel() -> Int
            /// PyTorch's `dim()`: `rank`.
            func dim() -> Int
            /// PyTorch's `size()`: `shape`.
            func size() -> [Int]
            /// The flat index of the largest element. PyTorch: `argmax()`.
            func argmax() -> Int
            /// The indices of the largest elements along `dim`, an Int tensor. PyTorch: `argmax(dim)`.
            func argmax(dim: Int, keepdim: Bool = false) -> Tensor
            /// The indices that sort along `dim` (stable), an Int tensor. PyTorch: `argsort`.
            func argsort(dim: Int = -1, descending: Bool = false) -> Tensor
            /// Accumulates the gradient of this one-element tensor into every leaf that requires
            /// gradients. PyTorch: `backward()`.
            func backward()
            /// Drops the accumulated gradient. PyTorch: `grad = None`.
            func zeroGrad()
            /// The same values, cut from the autodiff graph. PyTorch: `detach()`.
            func detach() -> Tensor
            /// A Float32 copy (of an Int tensor). PyTorch: `float()`.
            func float() -> Tensor
            /// An Int tensor of whole-number values. PyTorch: `long()` (exact values only).
            func long() -> Tensor

            /// Row `i` (one rank lower; negative counts from the end). PyTorch: `t[i]`.
            subscript(_ i: Int) -> Tensor { get }
            /// Element or row `[i, j]` (negative indices count from the end). PyTorch: `t[i, j]`.
            subscript(_ i: Int, _ j: Int) -> Tensor { get }
            /// Element or row `[i, j, k]`. PyTorch: `t[i, j, k]`.
            subscript(_ i: Int, _ j: Int, _ k: Int) -> Tensor { get }
            /// Rows `a..<b`. PyTorch: `t[a:b]`.
            subscript(_ rows: Range<Int>) -> Tensor { get }
            /// Rows `a...b`. PyTorch: `t[a:b+1]`.
            subscript(_ rows: ClosedRange<Int>) -> Tensor { get }
            /// The rows at an Int tensor's indices (shape: the indices' shape + a row's). PyTorch: `t[idx]`.
            subscript(_ indices: Tensor) -> Tensor { get }
            /// The rows at the indices. PyTorch: `t[[1, 2]]`.
            subscript(_ indices: [Int]) -> Tensor { get }

            /// Refills in place with values uniform in [low, high) from the run's seeded
            /// generator; returns the tensor. PyTorch: `uniform_`.
            @discardableResult func uniform(_ low: Double = 0, _ high: Double = 1) -> Tensor
            /// Refills in place from N(mean, std²) from the run's seeded generator; returns the
            /// tensor. PyTorch: `normal_`.
            @discardableResult func normal(_ mean: Double = 0, _ std: Double = 1) -> Tensor
            /// Overwrites the values in place, row-major (same count); returns the tensor.
            /// PyTorch: `copy_`.
            @discardableResult func copy(_ values: [Double]) -> Tensor
            /// Sets every element in place; returns the tensor. PyTorch: `fill_`.
            @discardableResult func fill(_ value: Double) -> Tensor
            /// PyTorch's spelling of `uniform(_:_:)`.
            @discardableResult func uniform_(_ low: Double = 0, _ high: Double = 1) -> Tensor
            /// PyTorch's spelling of `normal(_:_:)`.
            @discardableResult func normal_(_ mean: Double = 0, _ std: Double = 1) -> Tensor
            /// PyTorch's spelling of `copy(_:)`.
            @discardableResult func copy_(_ values: [Double]) -> Tensor
            /// PyTorch's spelling of `fill(_:)`.
            @discardableResult func fill_(_ value: Double) -> Tensor

            /// `Tensor.zeros(…)`, `Tensor.arange(…)` …: the creation functions, also as static
            /// methods (as the old tables had them).
            static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor
            static func ones(_ shape: [Int], requiresGrad: Bool = false) -> Tensor
            static func full(_ shape: [Int], _ value: Double, requiresGrad: Bool = false) -> Tensor
            static func arange(_ end: Int) -> Tensor
            static func arange(_ end: Double) -> Tensor
            static func arange(_ start: Int, _ end: Int, step: Int = 1) -> Tensor
            static func arange(_ start: Double, _ end: Double, step: Double = 1) -> Tensor
            static func uniform(_ shape: [Int], _ low: Double = 0, _ high: Double = 1, requiresGrad: Bool = false) -> Tensor
            static func normal(_ shape: [Int], _ mean: Double = 0, _ std: Double = 1, requiresGrad: Bool = false) -> Tensor
            static func randint(_ low: Int, _ high: Int, _ shape: [Int]) -> Tensor
            static func randperm(_ n: Int) -> Tensor

            /// Element-wise sum with broadcasting (numpy rules).
            static func + (lhs: Tensor, rhs: Tensor) -> Tensor
            static func + (lhs: Tensor, rhs: Double) -> Tensor
            static func + (lhs: Double, rhs: Tensor) -> Tensor
            /// Element-wise difference with broadcasting.
            static func - (lhs: Tensor, rhs: Tensor) -> Tensor
            static func - (lhs: Tensor, rhs: Double) -> Tensor
            static func - (lhs: Double, rhs: Tensor) -> Tensor
            /// Element-wise product with broadcasting.
            static func * (lhs: Tensor, rhs: Tensor) -> Tensor
            static func * (lhs: Tensor, rhs: Double) -> Tensor
            static func * (lhs: Double, rhs: Tensor) -> Tensor
            /// Element-wise quotient with broadcasting.
            static func / (lhs: Tensor, rhs: Tensor) -> Tensor
            static func / (lhs: Tensor, rhs: Double) -> Tensor
            static func / (lhs: Double, rhs: Tensor) -> Tensor
            /// Element-wise negation.
            static prefix func - (operand: Tensor) -> Tensor
            /// Float 0/1 masks of the comparison, element-wise with broadcasting. PyTorch:
            /// `(a == b).float()`.
            static func == (lhs: Tensor, rhs: Tensor) -> Tensor
            static func == (lhs: Tensor, rhs: Double) -> Tensor
            static func != (lhs: Tensor, rhs: Tensor) -> Tensor
            static func != (lhs: Tensor, rhs: Double) -> Tensor
            static func < (lhs: Tensor, rhs: Tensor) -> Tensor
            static func < (lhs: Tensor, rhs: Double) -> Tensor
            static func <= (lhs: Tensor, rhs: Tensor) -> Tensor
            static func <= (lhs: Tensor, rhs: Double) -> Tensor
            static func > (lhs: Tensor, rhs: Tensor) -> Tensor
            static func > (lhs: Tensor, rhs: Double) -> Tensor
            static func >= (lhs: Tensor, rhs: Tensor) -> Tensor
            static func >= (lhs: Tensor, rhs: Double) -> Tensor
            /// In place (PyTorch's `add_`): the tensor's own values change, so every holder (a
            /// layer, an optimizer) sees them. The result must keep the tensor's shape; a tensor
            /// that requires gradients can be changed in place only inside `noGrad { … }`.
            static func += (lhs: Tensor, rhs: Tensor)
            static func += (lhs: Tensor, rhs: Double)
            /// In place (PyTorch's `sub_`), as `+=`: `noGrad { w -= lr * w.grad! }`.
            static func -= (lhs: Tensor, rhs: Tensor)
            static func -= (lhs: Tensor, rhs: Double)
            /// In place (PyTorch's `mul_`), as `+=`.
            static func *= (lhs: Tensor, rhs: Tensor)
            static func *= (lhs: Tensor, rhs: Double)
            /// In place (PyTorch's `div_`), as `+=`.
            static func /= (lhs: Tensor, rhs: Tensor)
            static func /= (lhs: Tensor, rhs: Double)
        }

        /// A Float tensor of zeros. PyTorch: `torch.zeros`.
        func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor
        /// A Float tensor of ones. PyTorch: `torch.ones`.
        func ones(_ shape: [Int], requiresGrad: Bool = false) -> Tensor
        /// A Float tensor filled with `value`. PyTorch: `torch.full`.
        func full(_ shape: [Int], _ value: Double, requiresGrad: Bool = false) -> Tensor
        /// `[0, 1, …, end-1]` as an Int tensor. PyTorch: `torch.arange(end)`.
        func arange(_ end: Int) -> Tensor
        /// `[0, 1, …]` below `end` as a Float tensor. PyTorch: `torch.arange(end)`.
        func arange(_ end: Double) -> Tensor
        /// `[start, start+step, …]` below `end`, an Int tensor. PyTorch: `torch.arange(start, end, step)`.
        func arange(_ start: Int, _ end: Int, step: Int = 1) -> Tensor
        /// `[start, start+step, …]` below `end`, a Float tensor. PyTorch: `torch.arange(start, end, step)`.
        func arange(_ start: Double, _ end: Double, step: Double = 1) -> Tensor
        /// Values uniform in [low, high) from the run's seeded generator. PyTorch:
        /// `torch.empty(shape).uniform_(low, high)`.
        func uniform(_ shape: [Int], _ low: Double = 0, _ high: Double = 1, requiresGrad: Bool = false) -> Tensor
        /// Values from N(mean, std²) from the run's seeded generator. PyTorch: `torch.normal(mean, std, shape)`.
        func normal(_ shape: [Int], _ mean: Double = 0, _ std: Double = 1, requiresGrad: Bool = false) -> Tensor
        /// An Int tensor of integers uniform in low..<high from the run's seeded generator.
        /// PyTorch: `torch.randint(low, high, shape)`.
        func randint(_ low: Int, _ high: Int, _ shape: [Int]) -> Tensor
        /// A random permutation of 0..<n as an Int tensor (Fisher–Yates with the run's seeded
        /// generator). PyTorch: `torch.randperm`.
        func randperm(_ n: Int) -> Tensor
        /// The matrix product of ranks 1 and 2 (BLAS sgemm). PyTorch: `torch.matmul`.
        func matmul(_ a: Tensor, _ b: Tensor) -> Tensor
        /// max(x, 0) element-wise. PyTorch: `F.relu`.
        func relu(_ x: Tensor) -> Tensor
        /// 1/(1+e^−x) element-wise. PyTorch: `torch.sigmoid`.
        func sigmoid(_ x: Tensor) -> Tensor
        /// tanh element-wise. PyTorch: `torch.tanh`.
        func tanh(_ x: Tensor) -> Tensor
        /// The tensors joined along `dim` (other sizes equal). PyTorch: `torch.cat`.
        func concat(_ tensors: [Tensor], dim: Int = 0) -> Tensor
        /// mean((p − y)²) over equal element counts, element-wise even when shapes differ
        /// (PyTorch 0.3 THNN semantics, lesson5-spec.md §3.11). PyTorch: `F.mse_loss`.
        func mseLoss(_ prediction: Tensor, _ target: Tensor) -> Tensor
        /// Binary cross-entropy on logits against targets in [0, 1], mean over elements,
        /// numerically stable. PyTorch: `F.binary_cross_entropy_with_logits`.
        func bceWithLogitsLoss(_ logits: Tensor, _ target: Tensor) -> Tensor
        /// Softmax cross-entropy of (N, C) logits against N class indices (an Int tensor), mean
        /// over N. PyTorch: `F.cross_entropy`.
        func crossEntropyLoss(_ logits: Tensor, _ target: Tensor) -> Tensor
        /// Softmax cross-entropy of (N, C) logits against N class indices. PyTorch: `F.cross_entropy`.
        func crossEntropyLoss(_ logits: Tensor, _ target: [Int]) -> Tensor
        /// Values uniform in [0, 1) from the run's seeded generator. PyTorch: `torch.rand`.
        func rand(_ shape: [Int], requiresGrad: Bool = false) -> Tensor
        /// Values from N(0, 1) from the run's seeded generator. PyTorch: `torch.randn`.
        func randn(_ shape: [Int], requiresGrad: Bool = false) -> Tensor
        /// PyTorch's `torch.cat`: as `concat`.
        func cat(_ tensors: [Tensor], dim: Int = 0) -> Tensor
        /// Runs `body` without recording ops for autodiff and returns its result (for
        /// evaluation, and for in-place updates of parameters). PyTorch: `with torch.no_grad():`.
        func noGrad<T>(_ body: () -> T) -> T
        """

    static var module: LibraryModule {
        var f: [String: HostFunction] = [:]
        creation(&f)
        properties(&f)
        methods(&f)
        subscripts(&f)
        initialisers(&f)
        operators(&f)
        functional(&f)
        return LibraryModule(name: "Tensors", source: source, hostTypes: ["Tensor"], functions: f)
    }

    // MARK: - Creation

    static func creation(_ f: inout [String: HostFunction]) {
        for t in ["Double", "[Double]", "[[Double]]", "[[[Double]]]", "[Float]", "[[Float]]"] {
            f["Tensor.init(\(t),requiresGrad:Bool)"] = { call in
                .host(try TensorConversion.tensor(from: call.arguments[0], requiresGrad: call.bool(1)))
            }
        }
        for t in ["Int", "[Int]", "[[Int]]", "[[[Int]]]"] {
            f["Tensor.init(\(t))"] = { call in .host(try TensorConversion.tensor(from: call.arguments[0])) }
        }
        f["zeros([Int],requiresGrad:Bool)"] = { call in
            let t = try engine("zeros", argument: 0) { try Tensor.zeros(call.ints(0)) }
            t.requiresGrad = call.bool(1)
            return TensorConversion.wrap(t)
        }
        f["ones([Int],requiresGrad:Bool)"] = { call in
            let t = try engine("ones", argument: 0) { try Tensor.ones(call.ints(0)) }
            t.requiresGrad = call.bool(1)
            return TensorConversion.wrap(t)
        }
        f["full([Int],Double,requiresGrad:Bool)"] = { call in
            TensorConversion.wrap(
                try engine("full") { try Tensor.full(call.ints(0), value: call.float(1), requiresGrad: call.bool(2)) })
        }
        f["arange(Int)"] = { call in try intRange(0, call.int(0), 1) }
        f["arange(Int,Int,step:Int)"] = { call in try intRange(call.int(0), call.int(1), call.int(2)) }
        f["arange(Double)"] = { call in TensorConversion.wrap(try engine("arange") { try Tensor.arange(call.double(0)) }) }
        f["arange(Double,Double,step:Double)"] = { call in
            TensorConversion.wrap(try engine("arange") { try Tensor.arange(call.double(0), call.double(1), step: call.double(2)) })
        }
        f["uniform([Int],Double,Double,requiresGrad:Bool)"] = { call in
            let g = TensorConversion.generator(call)
            return TensorConversion.wrap(
                try engine("uniform") {
                    try Tensor.uniform(call.ints(0), low: call.float(1), high: call.float(2), using: g, requiresGrad: call.bool(3))
                })
        }
        f["normal([Int],Double,Double,requiresGrad:Bool)"] = { call in
            let g = TensorConversion.generator(call)
            return TensorConversion.wrap(
                try engine("normal") {
                    try Tensor.normal(call.ints(0), mean: call.float(1), std: call.float(2), using: g, requiresGrad: call.bool(3))
                })
        }
        f["randint(Int,Int,[Int])"] = { call in
            let (lo, hi) = (call.int(0), call.int(1))
            let (width, overflow) = hi.subtractingReportingOverflow(lo)
            guard lo < hi, !overflow else {
                throw HostError("randint: expected low < high (a range that fits in Int), got \(lo) and \(hi)", argument: 1)
            }
            let dims = call.ints(2)
            let shape = try engine("randint", argument: 2) { try Shape(dims) }
            let g = TensorConversion.generator(call)
            let values = (0..<shape.count).map { _ in lo + g.nextInt(below: width) }
            return .host(TensorObject(indices: try engine("randint") { try IndexTensor(values, shape: dims) }))
        }
        f["randperm(Int)"] = { call in
            let n = call.int(0)
            guard n >= 0, n <= Shape.maxCount else {
                throw HostError("randperm: expected 0 <= n <= \(Shape.maxCount), got \(n)", argument: 0)
            }
            var values = Array(0..<n)
            let g = TensorConversion.generator(call)
            if n > 1 { for i in stride(from: n - 1, to: 0, by: -1) { values.swapAt(i, g.nextInt(below: i + 1)) } }
            return .host(TensorObject(indices: IndexTensor(values)))
        }
        for key in staticCreation { f["Tensor." + key] = f[key] }
    }

    /// The free creation functions' keys, also bound as `Tensor`'s static methods.
    static let staticCreation = [
        "zeros([Int],requiresGrad:Bool)", "ones([Int],requiresGrad:Bool)", "full([Int],Double,requiresGrad:Bool)", "arange(Int)",
        "arange(Double)", "arange(Int,Int,step:Int)", "arange(Double,Double,step:Double)",
        "uniform([Int],Double,Double,requiresGrad:Bool)", "normal([Int],Double,Double,requiresGrad:Bool)", "randint(Int,Int,[Int])",
        "randperm(Int)",
    ]

    /// `arange` over Ints: an Int tensor.
    static func intRange(_ s: Int, _ e: Int, _ st: Int) throws -> Value {
        guard st != 0 else { throw HostError("arange: expected a nonzero step") }
        // Count first (in Double, so no overflow) to refuse absurd sizes before allocating.
        let count = max(0, ((Double(e) - Double(s)) / Double(st)).rounded(.up))
        guard count <= Double(Shape.maxCount) else {
            throw HostError("arange: expected at most \(Shape.maxCount) values, got \(count)")
        }
        return .host(TensorObject(indices: IndexTensor(Array(Swift.stride(from: s, to: e, by: st)))))
    }

    // MARK: - Properties

    static func properties(_ f: inout [String: HostFunction]) {
        f["Tensor.shape"] = { call in .ints(call.tensor(nil).shape.dims) }
        f["Tensor.count"] = { call in .int(call.tensor(nil).count) }
        f["Tensor.rank"] = { call in .int(call.tensor(nil).rank) }
        f["Tensor.dtype"] = { call in .string(call.tensorObject(nil).dtype) }
        f["Tensor.description"] = { call in .string(call.tensorObject(nil).description) }
        f["Tensor.requiresGrad"] = { call in .bool(call.tensor(nil).requiresGrad) }
        f["Tensor.requiresGrad.set"] = { call in
            let o = call.tensorObject(nil)
            let on = call.bool(0)
            if on && o.indices != nil {
                throw HostError("requiresGrad: expected a Float tensor; an Int tensor cannot require gradients")
            }
            o.tensor.requiresGrad = on
            return .void
        }
        f["Tensor.grad"] = { call in .optional(call.tensor(nil).grad.map(TensorConversion.wrap)) }
        f["Tensor.T"] = { call in TensorConversion.wrap(try engine("T") { try call.tensor(nil).transposed() }) }
    }

    // MARK: - Methods

    static func methods(_ f: inout [String: HostFunction]) {
        // `item() -> Double` and `item<T>() -> T` share this key; the result type says which.
        f["Tensor.item()"] = { call in
            let t = call.tensorObject(nil)
            guard t.tensor.count == 1 else {
                throw HostError("item: expected a tensor of one element, got shape \(t.tensor.shape)")
            }
            switch (call.resultType.symbol?.name, t.indices) {
            case ("Double"?, let idx?): return .double(Double(idx.values[0]))
            case ("Double"?, nil): return .double(TensorConversion.decimal(t.tensor.storage[0]))
            case ("Float"?, nil): return .float(t.tensor.storage[0])
            case ("Int"?, let idx?): return .int(idx.values[0])
            default:
                throw HostError(
                    "item: a \(t.dtype) tensor gives \(t.indices == nil ? "Double" : "Int or Double"), not \(call.resultType)")
            }
        }
        f["Tensor.tolist()"] = { call in try TensorConversion.list(call.tensorObject(nil), as: call.resultType, op: "tolist") }
        f["Tensor.sum()"] = { call in TensorConversion.wrap(call.tensor(nil).sum()) }
        f["Tensor.sum(Int,keepdim:Bool)"] = { call in
            TensorConversion.wrap(try engine("sum", argument: 0) { try call.tensor(nil).sum(dim: call.int(0), keepdim: call.bool(1)) })
        }
        f["Tensor.mean()"] = { call in
            let t = call.tensor(nil)
            guard t.count > 0 else { throw HostError("mean: expected a non-empty tensor") }
            return TensorConversion.wrap(t.mean())
        }
        f["Tensor.mean(Int,keepdim:Bool)"] = { call in
            TensorConversion.wrap(try engine("mean", argument: 0) { try call.tensor(nil).mean(dim: call.int(0), keepdim: call.bool(1)) })
        }
        let unary: [(String, (Tensor) -> Tensor)] = [
            ("exp", { $0.exp() }), ("log", { $0.log() }), ("sqrt", { $0.sqrt() }), ("tanh", { $0.tanh() }),
            ("sigmoid", { $0.sigmoid() }), ("relu", { $0.relu() }), ("abs", { $0.abs() }), ("neg", { $0.neg() }),
        ]
        for (name, op) in unary {
            f["Tensor.\(name)()"] = { call in TensorConversion.wrap(op(call.tensor(nil))) }
        }
        f["Tensor.pow(Double)"] = { call in TensorConversion.wrap(call.tensor(nil).pow(call.float(0))) }
        f["Tensor.clamp(min:Double?,max:Double?)"] = { call in
            TensorConversion.wrap(
                try engine("clamp") { try call.tensor(nil).clamp(min: call.optionalFloat(0), max: call.optionalFloat(1)) })
        }
        let reshape: HostFunction = { call in
            let t = call.tensorObject(nil)
            let dims = call.ints(0)
            let result = try engine("reshape", argument: 0) { try t.tensor.reshape(dims) }
            return try keepKind(t, result)
        }
        f["Tensor.reshape([Int])"] = reshape
        f["Tensor.reshape(Int...)"] = reshape
        f["Tensor.view([Int])"] = reshape
        f["Tensor.view(Int...)"] = reshape
        f["Tensor.numel()"] = { call in .int(call.tensor(nil).count) }
        f["Tensor.dim()"] = { call in .int(call.tensor(nil).rank) }
        f["Tensor.size()"] = { call in .ints(call.tensor(nil).shape.dims) }
        f["Tensor.t()"] = { call in TensorConversion.wrap(try engine("t") { try call.tensor(nil).transposed() }) }
        f["Tensor.transpose(Int,Int)"] = { call in
            let t = call.tensor(nil)
            let dims = Set([call.int(0), call.int(1)].map { $0 < 0 ? $0 + t.rank : $0 })
            guard t.rank == 2, dims == [0, 1] else {
                throw HostError("transpose: expected a rank-2 tensor and the dimensions 0 and 1, got rank \(t.rank) and \(call.int(0)), \(call.int(1))")
            }
            return TensorConversion.wrap(try engine("transpose") { try t.transposed() })
        }
        f["Tensor.squeeze(Int?)"] = { call in
            let t = call.tensorObject(nil)
            let dim = call.optional(0)?.asInt
            return try keepKind(t, try engine("squeeze", argument: 0) { try t.tensor.squeeze(dim: dim) })
        }
        f["Tensor.unsqueeze(Int)"] = { call in
            let t = call.tensorObject(nil)
            return try keepKind(t, try engine("unsqueeze", argument: 0) { try t.tensor.unsqueeze(dim: call.int(0)) })
        }
        f["Tensor.transposed()"] = { call in TensorConversion.wrap(try engine("transposed") { try call.tensor(nil).transposed() }) }
        f["Tensor.matmul(Tensor)"] = { call in
            TensorConversion.wrap(try engine("matmul") { try call.tensor(nil).matmul(call.tensor(0)) })
        }
        f["Tensor.argmax()"] = { call in .int(try engine("argmax") { try call.tensor(nil).argmax() }) }
        f["Tensor.argmax(dim:Int,keepdim:Bool)"] = { call in
            .host(TensorObject(indices: try engine("argmax", argument: 0) { try call.tensor(nil).argmax(dim: call.int(0), keepdim: call.bool(1)) }))
        }
        f["Tensor.argsort(dim:Int,descending:Bool)"] = { call in
            .host(
                TensorObject(
                    indices: try engine("argsort", argument: 0) {
                        try call.tensor(nil).argsort(dim: call.int(0), descending: call.bool(1))
                    }))
        }
        f["Tensor.backward()"] = { call in
            try engine("backward") { try call.tensor(nil).backward() }
            return .void
        }
        f["Tensor.zeroGrad()"] = { call in
            call.tensor(nil).zeroGrad()
            return .void
        }
        f["Tensor.detach()"] = { call in
            let t = call.tensorObject(nil)
            return t.indices != nil ? .host(t) : TensorConversion.wrap(t.tensor.detached())
        }
        f["Tensor.float()"] = { call in
            let t = call.tensorObject(nil)
            return t.indices != nil ? TensorConversion.wrap(t.tensor.detached()) : .host(t)
        }
        f["Tensor.long()"] = { call in
            let t = call.tensorObject(nil)
            return t.indices != nil ? .host(t) : .host(TensorObject(indices: try engine("long") { try IndexTensor(t.tensor) }))
        }
    }

    /// A shape op's result as the same kind of tensor as its input.
    static func keepKind(_ t: TensorObject, _ result: Tensor) throws -> Value {
        if let idx = t.indices {
            return .host(TensorObject(indices: try engine { try IndexTensor(idx.values, shape: result.shape.dims) }))
        }
        return TensorConversion.wrap(result)
    }

    // MARK: - Subscripts

    static func subscripts(_ f: inout [String: HostFunction]) {
        let ints: HostFunction = { call in try element(call.tensorObject(nil), call.arguments.map(\.asInt)) }
        f["Tensor.subscript(Int)"] = ints
        f["Tensor.subscript(Int,Int)"] = ints
        f["Tensor.subscript(Int,Int,Int)"] = ints
        f["Tensor.subscript(Range<Int>)"] = { call in
            let r = call.arguments[0].asRecord
            return try slice(call.tensorObject(nil), r[0].asInt, r[1].asInt)
        }
        f["Tensor.subscript(ClosedRange<Int>)"] = { call in
            let r = call.arguments[0].asRecord
            return try slice(call.tensorObject(nil), r[0].asInt, r[1].asInt + 1)
        }
        f["Tensor.subscript(Tensor)"] = { call in
            try gather(call.tensorObject(nil), try TensorConversion.indices(call.tensorObject(0), op: "subscript", argument: 0))
        }
        f["Tensor.subscript([Int])"] = { call in try gather(call.tensorObject(nil), IndexTensor(call.ints(0))) }
    }

    /// `t[i]`, `t[i, j]`: negative indices count from the end, as in PyTorch.
    static func element(_ t: TensorObject, _ indices: [Int]) throws -> Value {
        let x = t.tensor
        guard indices.count <= x.rank else {
            throw HostError("subscript: expected a tensor of rank at least \(indices.count) for \(indices.count) indices, got rank \(x.rank)")
        }
        var result = x
        var offset = 0
        for (d, i) in indices.enumerated() {
            let n = x.shape[d]
            let k = i < 0 ? i + n : i
            guard k >= 0, k < n else { throw HostError(TensorError.indexOutOfRange(op: "subscript", index: i, size: n).description) }
            offset += k * x.shape.strides[d]
            result = try engine("subscript") { try result.row(k) }
        }
        if let idx = t.indices {
            // The row's exact indices (not the Float view's).
            let values = Array(idx.values[offset..<(offset + result.count)])
            return .host(TensorObject(indices: try engine { try IndexTensor(values, shape: result.shape.dims) }))
        }
        return TensorConversion.wrap(result)
    }

    static func slice(_ t: TensorObject, _ lo: Int, _ upper: Int) throws -> Value {
        let x = t.tensor
        guard x.rank > 0 else { throw HostError(TensorError.rankMismatch(op: "slice", expected: "at least 1", got: 0).description) }
        let n = x.shape[0]
        guard lo >= 0, lo <= upper, upper <= n else {
            throw HostError(TensorError.indexOutOfRange(op: "slice", index: lo < 0 || lo > upper ? lo : upper, size: n).description)
        }
        if let idx = t.indices {
            let width = x.count / Swift.max(n, 1)
            let values = Array(idx.values[(lo * width)..<(upper * width)])
            return .host(TensorObject(indices: try engine { try IndexTensor(values, shape: [upper - lo] + Array(x.shape.dims.dropFirst())) }))
        }
        return TensorConversion.wrap(try engine("slice") { try x.rows(lo..<upper) })
    }

    static func gather(_ t: TensorObject, _ idx: IndexTensor) throws -> Value {
        if let own = t.indices {
            guard own.shape.rank == 1 else {
                throw HostError(
                    TensorError.rankMismatch(op: "subscript", expected: "1 for an Int tensor indexed by a tensor", got: own.shape.rank)
                        .description)
            }
            var values: [Int] = []
            values.reserveCapacity(idx.count)
            for i in idx.values {
                guard i >= 0, i < own.count else {
                    throw HostError(TensorError.indexOutOfRange(op: "subscript", index: i, size: own.count).description, argument: 0)
                }
                values.append(own.values[i])
            }
            return .host(TensorObject(indices: try engine { try IndexTensor(values, shape: idx.shape.dims) }))
        }
        return TensorConversion.wrap(try engine("subscript", argument: 0) { try t.tensor.gatherRows(idx) })
    }

    // MARK: - In-place initialisers

    static func initialisers(_ f: inout [String: HostFunction]) {
        let table: [(String, String, (Tensor, HostCall) throws -> Void)] = [
            ("uniform", "Double,Double", { t, call in try t.uniform_(low: call.float(0), high: call.float(1), using: TensorConversion.generator(call)) }),
            ("normal", "Double,Double", { t, call in try t.normal_(mean: call.float(0), std: call.float(1), using: TensorConversion.generator(call)) }),
            ("copy", "[Double]", { t, call in try t.copy_(call.doubles(0).map { Float($0) }) }),
            ("fill", "Double", { t, call in t.fill_(call.float(0)) }),
        ]
        for (name, types, body) in table {
            let run: HostFunction = { call in
                let t = call.tensorObject(nil)
                guard t.indices == nil else {
                    throw HostError(
                        TensorError.dtypeMismatch(op: name, expected: "a Float tensor", got: "an Int tensor of shape \(t.tensor.shape)")
                            .description)
                }
                try engine(name) { try body(t.tensor, call) }
                return call.receiver
            }
            f["Tensor.\(name)(\(types))"] = run
            f["Tensor.\(name)_(\(types))"] = run
        }
    }

    // MARK: - Operators

    static func operators(_ f: inout [String: HostFunction]) {
        let arithmetic: [(String, (Tensor, Tensor) throws -> Tensor, (Tensor, Float) -> Tensor, (Float, Tensor) -> Tensor)] = [
            ("+", { try $0.add($1) }, { $0 + $1 }, { $0 + $1 }),
            ("-", { try $0.sub($1) }, { $0 - $1 }, { $0 - $1 }),
            ("*", { try $0.mul($1) }, { $0 * $1 }, { $0 * $1 }),
            ("/", { try $0.div($1) }, { $0 / $1 }, { $0 / $1 }),
        ]
        for (name, tt, ts, st) in arithmetic {
            f["Tensor.\(name)(Tensor,Tensor)"] = { call in
                TensorConversion.wrap(try engine("`\(name)`") { try tt(call.tensor(0), call.tensor(1)) })
            }
            f["Tensor.\(name)(Tensor,Double)"] = { call in TensorConversion.wrap(ts(call.tensor(0), call.float(1))) }
            f["Tensor.\(name)(Double,Tensor)"] = { call in TensorConversion.wrap(st(call.float(0), call.tensor(1))) }
            // In place: the new values must keep the tensor's shape (PyTorch's `sub_` broadcasts
            // the right side only).
            let assign: (HostCall, Tensor) throws -> Value = { call, result in
                let o = call.tensorObject(0)
                guard o.indices == nil else {
                    throw HostError("`\(name)=`: expected a Float tensor on the left; an Int tensor is not changed in place")
                }
                let t = o.tensor
                guard result.shape == t.shape else {
                    throw HostError(TensorError.shapeMismatch(op: "`\(name)=`", t.shape, result.shape).description)
                }
                if t.requiresGrad && GradMode.isEnabled {
                    throw HostError(
                        "`\(name)=`: a tensor that requires gradients cannot be changed in place while gradients are recorded; "
                            + "write it inside `noGrad { … }` (PyTorch: `with torch.no_grad():`)")
                }
                try engine("`\(name)=`") { try t.copy_(result.storage) }
                return .void
            }
            f["Tensor.\(name)=(Tensor,Tensor)"] = { call in
                try assign(call, try engine("`\(name)=`") { try GradMode.withNoGrad { try tt(call.tensor(0), call.tensor(1)) } })
            }
            f["Tensor.\(name)=(Tensor,Double)"] = { call in
                try assign(call, GradMode.withNoGrad { ts(call.tensor(0), call.float(1)) })
            }
        }
        let comparisons: [(String, Tensor.Comparison)] = [
            ("==", .equal), ("!=", .notEqual), ("<", .less), ("<=", .lessOrEqual), (">", .greater), (">=", .greaterOrEqual),
        ]
        for (name, cmp) in comparisons {
            f["Tensor.\(name)(Tensor,Tensor)"] = { call in
                TensorConversion.wrap(try engine("`\(name)`") { try call.tensor(0).compare(cmp, call.tensor(1)) })
            }
            f["Tensor.\(name)(Tensor,Double)"] = { call in TensorConversion.wrap(call.tensor(0).compare(cmp, call.float(1))) }
        }
        f["Tensor.-(Tensor)"] = { call in TensorConversion.wrap(call.tensor(0).neg()) }
    }

    // MARK: - Functional ops

    static func functional(_ f: inout [String: HostFunction]) {
        f["matmul(Tensor,Tensor)"] = { call in TensorConversion.wrap(try engine("matmul") { try call.tensor(0).matmul(call.tensor(1)) }) }
        f["relu(Tensor)"] = { call in TensorConversion.wrap(call.tensor(0).relu()) }
        f["sigmoid(Tensor)"] = { call in TensorConversion.wrap(call.tensor(0).sigmoid()) }
        f["tanh(Tensor)"] = { call in TensorConversion.wrap(call.tensor(0).tanh()) }
        f["rand([Int],requiresGrad:Bool)"] = { call in
            let g = TensorConversion.generator(call)
            return TensorConversion.wrap(try engine("rand") { try Tensor.uniform(call.ints(0), low: 0, high: 1, using: g, requiresGrad: call.bool(1)) })
        }
        f["randn([Int],requiresGrad:Bool)"] = { call in
            let g = TensorConversion.generator(call)
            return TensorConversion.wrap(try engine("randn") { try Tensor.normal(call.ints(0), mean: 0, std: 1, using: g, requiresGrad: call.bool(1)) })
        }
        f["cat([Tensor],dim:Int)"] = { call in
            let ts = call.arguments[0].asArray.map { v -> Tensor in
                guard case .host(let o as TensorObject) = v else { preconditionFailure("interpreter bug: not a Tensor") }
                return o.tensor
            }
            return TensorConversion.wrap(try engine("cat") { try Tensor.concat(ts, dim: call.int(1)) })
        }
        f["concat([Tensor],dim:Int)"] = { call in
            let ts = call.arguments[0].asArray.map { v -> Tensor in
                guard case .host(let o as TensorObject) = v else { preconditionFailure("interpreter bug: not a Tensor") }
                return o.tensor
            }
            return TensorConversion.wrap(try engine("concat") { try Tensor.concat(ts, dim: call.int(1)) })
        }
        f["mseLoss(Tensor,Tensor)"] = { call in TensorConversion.wrap(try engine("mseLoss") { try Loss.mse(call.tensor(0), call.tensor(1)) }) }
        f["bceWithLogitsLoss(Tensor,Tensor)"] = { call in
            TensorConversion.wrap(try engine("bceWithLogitsLoss") { try Loss.binaryCrossEntropyWithLogits(call.tensor(0), call.tensor(1)) })
        }
        f["crossEntropyLoss(Tensor,Tensor)"] = { call in
            let target = try TensorConversion.indices(call.tensorObject(1), op: "crossEntropyLoss", argument: 1)
            return TensorConversion.wrap(try engine("crossEntropyLoss") { try Loss.crossEntropy(call.tensor(0), target) })
        }
        f["crossEntropyLoss(Tensor,[Int])"] = { call in
            TensorConversion.wrap(try engine("crossEntropyLoss") { try Loss.crossEntropy(call.tensor(0), IndexTensor(call.ints(1))) })
        }
        f["noGrad(() -> T)"] = { call in try GradMode.withNoGrad { try call.call(call.arguments[0], []) } }
    }
}
