// bench-scale: `make bench-scale`. A synthetic set of 10 million ratings (100,000 users, 20,000
// items, a planted rank-8 model plus a mean and N(0, 0.5²) noise; Collab's SyntheticRatings,
// seeded) trained by the embedded ALS, the embedded row-sparse SGD learner and Spark ALS in
// local[2], each in its own child process so that peak memory is each engine's own.
//
//   bench-scale                 all three, side by side (children: this program with one engine)
//   bench-scale embedded-als | sgd | spark     one engine; prints a `bench-scale-result:` line
//   bench-scale generate PATH   writes the set as CSV (userId,movieId,rating,valid)
//   Options: --ratings N --users N --items N --seed N --epochs N (SGD) --master URL (Spark)
import Collab
import Foundation
import Tensors

struct Options {
    var synthetic = SyntheticRatings()
    var epochs = 3
    var lr: Float = 100
    var master = "local[2]"
    var command = "all"
    var path: String?
}

func parse(_ arguments: [String]) -> Options {
    var options = Options()
    var rest = arguments.dropFirst()
    while let argument = rest.first {
        rest = rest.dropFirst()
        func value() -> String {
            guard let next = rest.first else { fail("\(argument) needs a value") }
            rest = rest.dropFirst()
            return next
        }
        func int() -> Int {
            let text = value()
            guard let number = Int(text), number > 0 else { fail("\(argument) expects a positive integer, got '\(text)'") }
            return number
        }
        switch argument {
        case "--ratings": options.synthetic.count = int()
        case "--users": options.synthetic.users = int()
        case "--items": options.synthetic.items = int()
        case "--seed": options.synthetic.seed = UInt64(int())
        case "--epochs": options.epochs = int()
        case "--lr": options.lr = Float(value()) ?? 100
        case "--master": options.master = value()
        case "all", "embedded-als", "sgd", "spark": options.command = argument
        case "generate": options.command = argument; options.path = value()
        default:
            fail(
                "unknown argument '\(argument)' (expected all, embedded-als, sgd, spark, generate PATH, "
                    + "--ratings/--users/--items/--seed/--epochs N, --master URL)"
            )
        }
    }
    return options
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("bench-scale: error: \(message)\n".utf8))
    exit(2)
}

func now() -> Double { Date().timeIntervalSinceReferenceDate }

/// The one line a child reports through (key=value pairs).
func report(_ fields: [(String, String)]) {
    print("bench-scale-result: " + fields.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
}

func generate(_ options: Options) -> (CollabSplit, Double) {
    let start = now()
    do {
        return (try options.synthetic.generate(), now() - start)
    } catch {
        fail("\(error)")
    }
}

func runEmbeddedALS(_ options: Options) throws {
    let (split, generation) = generate(options)
    let parameters = ALSParameters(rank: 10, regParam: 0.1, maxIter: 10, seed: 42)
    let start = now()
    let factors = try EmbeddedALS(threads: 2).train(
        split.train, nUsers: options.synthetic.users,
        nItems: options.synthetic.items, parameters: parameters)
    let seconds = now() - start
    let (rmse, _) = factors.rmse(on: split.valid)
    report([
        ("engine", "embedded-als"), ("seconds", String(format: "%.2f", seconds)),
        ("rmse", String(format: "%.4f", rmse)), ("generate_seconds", String(format: "%.2f", generation)),
    ])
}

func runSGD(_ options: Options) throws {
    let (split, generation) = generate(options)
    let train = split.train
    let mean = Float(train.ratings.reduce(0.0) { $0 + Double($1) } / Double(max(train.count, 1)))
    var model = RowSparseSGD(
        nUsers: options.synthetic.users, nItems: options.synthetic.items, factors: 50,
        mean: mean, seed: 42)
    let random = RandomGenerator(seed: 7)
    var order = (0..<Int32(train.count)).map { $0 }
    var epochSeconds: [Double] = []
    for _ in 0..<options.epochs {
        let start = now()
        for i in stride(from: order.count - 1, to: 0, by: -1) {  // Fisher–Yates
            order.swapAt(i, random.nextInt(below: i + 1))
        }
        _ = model.epoch(train, order: order, batch: 4096, lr: options.lr, wd: 1e-5)
        epochSeconds.append(now() - start)
    }
    let rmse = model.rmse(split.valid)
    report([
        ("engine", "sgd"), ("seconds", String(format: "%.2f", epochSeconds.reduce(0, +))),
        ("seconds_per_epoch", String(format: "%.2f", epochSeconds.reduce(0, +) / Double(epochSeconds.count))),
        ("epochs", "\(options.epochs)"), ("rmse", String(format: "%.4f", rmse)),
        ("generate_seconds", String(format: "%.2f", generation)),
    ])
}

func runSpark(_ options: Options) throws {
    let (split, generation) = generate(options)
    var sparkOptions = SparkALS.Options()
    if sparkOptions.driverMemory == nil { sparkOptions.driverMemory = "4g" }
    let spark = try SparkALS(master: options.master, options: sparkOptions)
    let output = try spark.train(
        split.train, valid: split.valid, nUsers: options.synthetic.users,
        nItems: options.synthetic.items,
        parameters: ALSParameters(rank: 10, regParam: 0.1, maxIter: 10, seed: 42))
    report([
        ("engine", "spark"), ("seconds", String(format: "%.2f", output.fitSeconds)),
        ("job_seconds", String(format: "%.2f", output.jobSeconds)), ("rmse", String(format: "%.4f", output.rmse)),
        ("jvm_peak_mib", "\(output.peakResidentBytes >> 20)"), ("spark", output.sparkVersion),
        ("generate_seconds", String(format: "%.2f", generation)),
    ])
}

func writeCSV(_ options: Options, to path: String) throws {
    let (split, _) = generate(options)
    guard let file = fopen(path, "w") else { fail("cannot create \(path)") }
    defer { fclose(file) }
    fputs("userId,movieId,rating,valid\n", file)
    var rows: [(Int, Int32, Int32, Float, Int)] = []
    rows.reserveCapacity(split.train.count + split.valid.count)
    for (part, flag) in [(split.train, 0), (split.valid, 1)] {
        for n in 0..<part.count { rows.append((part.rows[n], part.userIdx[n], part.itemIdx[n], part.ratings[n], flag)) }
    }
    rows.sort { $0.0 < $1.0 }
    for row in rows { fputs("\(row.1),\(row.2),\(row.3),\(row.4)\n", file) }
    print("bench-scale: wrote \(rows.count) ratings to \(path)")
}

/// Runs each engine in a child process and prints the table.
func runAll(_ options: Options, arguments: [String]) throws {
    let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? arguments[0]
    let passOn = Array(arguments.dropFirst().filter { $0 != "all" })
    let s = options.synthetic
    print(
        "bench-scale: \(s.count) ratings, \(s.users) users, \(s.items) items, planted rank \(s.rank) + mean, noise \(s.noise), seed \(s.seed); 20 % validation")
    print("  embedded ALS and Spark ALS: rank 10, regParam 0.1, maxIter 10; SGD: 50 factors + biases, batch 4096, \(options.epochs) epochs")
    var lines: [String] = []
    for engine in ["embedded-als", "sgd", "spark"] {
        let log = NSTemporaryDirectory() + "/bench-scale-\(engine)-\(getpid()).log"
        try? FileManager.default.removeItem(atPath: log)
        let result = try TimedProcess(
            executable: executable, arguments: [engine] + passOn,
            environment: ProcessInfo.processInfo.environment, logPath: log
        ).run(total: 3600)
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        guard result.outcome == .exited(0),
            let line = text.split(separator: "\n").last(where: { $0.hasPrefix("bench-scale-result: ") })
        else {
            lines.append(String(format: "%-26@ failed (%@); log: %@", engine, "\(result.outcome)", log))
            continue
        }
        var fields: [String: String] = [:]
        for pair in line.dropFirst("bench-scale-result: ".count).split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        let peak = String(format: "%.2f GiB", Double(result.peakResidentBytes) / 1_073_741_824)
        let name: String
        var seconds = (fields["seconds"] ?? "?") + " s"
        switch engine {
        case "embedded-als": name = "embedded ALS (2 threads)"
        case "sgd":
            name = "embedded SGD (row-sparse)"
            seconds += " (\(fields["seconds_per_epoch"] ?? "?") s/epoch)"
        default:
            name = "Spark ALS \(options.master)"
            seconds += " (job \(fields["job_seconds"] ?? "?") s)"
        }
        func padded(_ s: String, _ width: Int) -> String { s.padding(toLength: width, withPad: " ", startingAt: 0) }
        lines.append(
            "\(padded(name, 27)) \(padded(seconds, 28)) \(padded(peak, 10)) \(fields["rmse"] ?? "?")"
        )
        try? FileManager.default.removeItem(atPath: log)
    }
    print("engine                      seconds                      peak RSS   validation RMSE")
    lines.forEach { print($0) }
    print("(seconds: training only, data generation excluded; Spark: ALS fit + collecting factors, and the whole job")
    print(" with JVM start and CSV input; peak RSS of the child process, for Spark the larger of it and the Spark JVM)")
}

let arguments = CommandLine.arguments
let options = parse(arguments)
do {
    switch options.command {
    case "embedded-als": try runEmbeddedALS(options)
    case "sgd": try runSGD(options)
    case "spark": try runSpark(options)
    case "generate": try writeCSV(options, to: options.path ?? "synthetic.csv")
    default: try runAll(options, arguments: arguments)
    }
} catch {
    fail("\(error)")
}
