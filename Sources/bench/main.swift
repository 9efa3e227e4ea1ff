// bench: microseconds per training step of lesson 5's models, through the builtin path (Swift
// calling Tensors directly, as a built-in learner does) and through a cell-defined model trained
// by a cell loop in our interpreter; compared with PyTorch CPU single-threaded when its results
// are given (`make bench` runs scripts/bench_torch.py first).
//
// Usage: bench [--steps N] [--torch results.json]
// Workloads (same as scripts/bench_torch.py):
//   EmbeddingDotBias  943 users, 1,682 items, 50 factors, batch 64, sigmoid range (0.5, 5),
//                     Adam(lr 1e-3, weight decay 1e-5), MSE loss.
//   EmbeddingNet      the lesson notebook's cell 73 (docs/lesson5-semantics.md): embeddings 50+50 → Dropout(0.05) → Linear(100,10)
//                     → ReLU → Dropout(0.5) → Linear(10,1) → sigmoid·5.5, Adam(1e-3, wd 1e-5).
import CellLanguage
import CellRuntime
import Foundation
import Tensors

let nUsers = 943, nItems = 1682, factors = 50, batchSize = 64, batchCount = 50

nonisolated(unsafe) var steps = 2000
var torchPath: String?
var argIterator = CommandLine.arguments.dropFirst().makeIterator()
while let arg = argIterator.next() {
    switch arg {
    case "--steps": steps = Int(argIterator.next() ?? "") ?? steps
    case "--torch": torchPath = argIterator.next()
    default:
        FileHandle.standardError.write("usage: bench [--steps N] [--torch results.json]\n".data(using: .utf8)!)
        exit(2)
    }
}

/// CPU time of the process in microseconds (cells run on the session's own thread). On a shared
/// machine it is far steadier than wall time, and it is what scripts/bench_torch.py measures too
/// (`time.process_time`). Both sides run on one thread (`make bench` sets OPENBLAS_NUM_THREADS=1).
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) * 1e6 + Double(ts.tv_nsec) / 1000
}

/// Fixed batches: user and item indices and ratings in [0.5, 5].
struct Batches {
    var users: [IndexTensor] = [], items: [IndexTensor] = [], ratings: [Tensor] = []
    init(_ g: RandomGenerator) {
        for _ in 0..<batchCount {
            users.append(IndexTensor((0..<batchSize).map { _ in g.nextInt(below: nUsers) }))
            items.append(IndexTensor((0..<batchSize).map { _ in g.nextInt(below: nItems) }))
            ratings.append(Tensor((0..<batchSize).map { _ in Float(1 + g.nextInt(below: 9)) * 0.5 }))
        }
    }
}

/// Runs `step(i)` for warm-up then `steps` times; microseconds per step.
func time(_ step: (Int) throws -> Void) rethrows -> Double {
    for i in 0..<50 { try step(i) }
    let start = now()
    for i in 0..<steps { try step(i) }
    return (now() - start) / Double(steps)
}

// MARK: - Builtin path

func builtinDotBias() throws -> Double {
    let g = RandomGenerator(seed: 1)
    let data = Batches(g)
    let u = try Tensor.uniform([nUsers, factors], low: -0.01, high: 0.01, using: g, requiresGrad: true)
    let i = try Tensor.uniform([nItems, factors], low: -0.01, high: 0.01, using: g, requiresGrad: true)
    let ub = try Tensor.uniform([nUsers, 1], low: -0.01, high: 0.01, using: g, requiresGrad: true)
    let ib = try Tensor.uniform([nItems, 1], low: -0.01, high: 0.01, using: g, requiresGrad: true)
    let opt = try Adam(parameters: [u, i, ub, ib], lr: 1e-3, weightDecay: 1e-5)
    return try time { s in
        let b = s % batchCount
        let dot = try Tensor.embeddingDotBias(
            userFactors: u, itemFactors: i, userBias: ub, itemBias: ib,
            users: data.users[b], items: data.items[b])
        let pred = dot.sigmoid() * 4.5 + 0.5
        let loss = try Loss.mse(pred, data.ratings[b])
        opt.zeroGrad()
        try loss.backward()
        opt.step()
    }
}

func builtinEmbeddingNet() throws -> Double {
    let g = RandomGenerator(seed: 2)
    let data = Batches(g)
    let u = try Embedding(count: nUsers, dimension: factors, using: g)
    let m = try Embedding(count: nItems, dimension: factors, using: g)
    try u.weight.uniform_(low: -0.01, high: 0.01, using: g)
    try m.weight.uniform_(low: -0.01, high: 0.01, using: g)
    let lin1 = try Linear(inFeatures: 2 * factors, outFeatures: 10, using: g)
    let lin2 = try Linear(inFeatures: 10, outFeatures: 1, using: g)
    let drop1 = try Dropout(p: 0.05, using: g), drop2 = try Dropout(p: 0.5, using: g)
    let params = [u.weight, m.weight, lin1.weight, lin1.bias, lin2.weight, lin2.bias].compactMap { $0 }
    let opt = try Adam(parameters: params, lr: 1e-3, weightDecay: 1e-5)
    return try time { s in
        let b = s % batchCount
        var x = try drop1(try Tensor.concat([try u(data.users[b]), try m(data.items[b])], dim: 1))
        x = try drop2(try lin1(x).relu())
        let pred = try lin2(x).sigmoid() * 5.5
        let loss = try Loss.mse(pred, data.ratings[b])
        opt.zeroGrad()
        try loss.backward()
        opt.step()
    }
}

// MARK: - Cell path

/// Runs the setup cell, then times the training-loop cell (`steps` steps after a warm-up run).
func cellModel(_ setup: String, _ loop: String) throws -> Double {
    let session = Session(baseDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), seed: 3)
    func run(_ source: String) throws {
        let parsed = CellParser.parse(source)
        guard parsed.errors.isEmpty else { throw BenchError("cell does not parse: \(parsed.errors)") }
        let result = session.run(parsed.statements)
        if let e = result.error { throw BenchError("cell failed: \(e)") }
    }
    try run(setup)
    try run(loop.replacingOccurrences(of: "STEPS", with: "50"))
    let start = now()
    try run(loop.replacingOccurrences(of: "STEPS", with: String(steps)))
    return (now() - start) / Double(steps)
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

let dataCell = """
    let nUsers = \(nUsers)
    let nItems = \(nItems)
    let batches = \(batchCount)
    let users = (0..<batches).map { _ in randint(0, nUsers, [\(batchSize)]) }
    let items = (0..<batches).map { _ in randint(0, nItems, [\(batchSize)]) }
    let ratings = (0..<batches).map { _ in randint(1, 10, [\(batchSize)]).float() * 0.5 }
    """

let dotBiasCell =
    dataCell + """

        class EmbeddingDotBias: Module {
            let u: Embedding
            let i: Embedding
            let ub: Embedding
            let ib: Embedding
            init(_ nUsers: Int, _ nItems: Int, factors: Int) {
                u = Embedding(nUsers, factors)
                i = Embedding(nItems, factors)
                ub = Embedding(nUsers, 1)
                ib = Embedding(nItems, 1)
                for e in [u, i, ub, ib] { e.weight.uniform(-0.01, 0.01) }
            }
            func callAsFunction(_ users: Tensor, _ items: Tensor) -> Tensor {
                let dot = (u(users) * i(items)).sum(1) + ub(users).squeeze(1) + ib(items).squeeze(1)
                return sigmoid(dot) * 4.5 + 0.5
            }
        }
        let model = EmbeddingDotBias(nUsers, nItems, factors: \(factors))
        let opt = Adam(model.parameters(), lr: 1e-3, weightDecay: 1e-5)
        """

let embeddingNetCell =
    dataCell + """

        class EmbeddingNet: Module {
            let u: Embedding
            let m: Embedding
            let lin1 = Linear(100, 10)
            let lin2 = Linear(10, 1)
            let drop1 = Dropout(0.05)
            let drop2 = Dropout(0.5)
            init(_ nUsers: Int, _ nItems: Int) {
                u = Embedding(nUsers, 50)
                m = Embedding(nItems, 50)
                u.weight.uniform(-0.01, 0.01)
                m.weight.uniform(-0.01, 0.01)
            }
            func callAsFunction(_ users: Tensor, _ items: Tensor) -> Tensor {
                var x = drop1(concat([u(users), m(items)], dim: 1))
                x = drop2(relu(lin1(x)))
                return sigmoid(lin2(x)) * 5.5
            }
        }
        let model = EmbeddingNet(nUsers, nItems)
        let opt = Adam(model.parameters(), lr: 1e-3, weightDecay: 1e-5)
        """

let loopCell = """
    for step in 0..<STEPS {
        let b = step % batches
        let loss = mseLoss(model(users[b], items[b]), ratings[b])
        opt.zeroGrad()
        loss.backward()
        opt.step()
    }
    """

// MARK: - Report

struct Row { var workload: String; var path: String; var micros: Double; var torchKey: String; var target: Double }

do {
    var rows: [Row] = []
    rows.append(Row(workload: "EmbeddingDotBias", path: "builtin", micros: try builtinDotBias(), torchKey: "EmbeddingDotBias", target: 4))
    rows.append(Row(workload: "EmbeddingDotBias", path: "cell model", micros: try cellModel(dotBiasCell, loopCell), torchKey: "EmbeddingDotBias", target: 2))
    rows.append(Row(workload: "EmbeddingNet", path: "builtin", micros: try builtinEmbeddingNet(), torchKey: "EmbeddingNet", target: 4))
    rows.append(Row(workload: "EmbeddingNet", path: "cell model", micros: try cellModel(embeddingNetCell, loopCell), torchKey: "EmbeddingNet", target: 2))

    var torch: [String: Double] = [:]
    if let torchPath, let data = FileManager.default.contents(atPath: torchPath),
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    {
        for (k, v) in json { if let d = v as? Double { torch[k] = d } }
    }
    func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
    func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
    print("Training step, batch \(batchSize), \(steps) steps: process CPU µs per step (PyTorch CPU with torch.set_num_threads(1))")
    print(pad("workload", 18) + pad("path", 12) + lpad("µs/step", 10) + lpad("PyTorch", 10) + lpad("speed-up", 10) + lpad("target", 8) + "  ")
    for r in rows {
        var line = pad(r.workload, 18) + pad(r.path, 12) + lpad(String(format: "%.1f", r.micros), 10)
        if let t = torch[r.torchKey] {
            let ratio = t / r.micros
            line += lpad(String(format: "%.1f", t), 10) + lpad(String(format: "%.2f×", ratio), 10) + lpad(String(format: "≥%.0f×", r.target), 8)
            line += ratio >= r.target ? "  met" : "  MISSED"
        }
        print(line)
    }
} catch {
    FileHandle.standardError.write("bench: error: \(error)\n".data(using: .utf8)!)
    exit(1)
}
