// swift-tools-version:6.0
// notebook: a literate-notebook runner with its own cell language, tensor engine and
// collaborative-filtering learner. Module layout and dependency direction: docs/architecture.md.
import PackageDescription

let package = Package(
    name: "notebook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "notebook", targets: ["notebook"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // HMAC-SHA256 for the Jupyter kernel's message signatures.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C libraries from Debian, each behind one module map.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CZmq", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])]),
        .systemLibrary(name: "CLapacke", pkgConfig: "lapacke", providers: [.apt(["liblapacke-dev", "libopenblas-dev"])]),
        // The few hot inner loops in plain C (optimizer sweeps, fused embedding dots) and the only
        // caller of OpenBLAS' sgemm. Portable flags: each kernel also has an AVX2/FMA variant chosen
        // at run time (Sources/CKernels/dispatch.h); measurements in docs/architecture.md.
        .target(
            name: "CKernels",
            cSettings: [.unsafeFlags(["-O3", "-fno-math-errno"])],
            linkerSettings: [.linkedLibrary("openblas")]),

        // Leaves: import nothing of ours.
        .target(name: "CellLanguage"),
        // The statically typed cell language (docs/interpreter.md): syntax, then the core.
        .target(name: "CellSyntax"),
        // Exclusivity is checked statically; the dynamic checks cost a thread-local lookup per
        // access on the interpreter's hot paths (measured with perf on the fib kernel).
        .target(name: "CellCore", dependencies: ["CellSyntax", "Randomness"], swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "Frames"),
        .target(name: "Reporting"),
        .target(name: "Plotting"),
        // The one seeded generator (xoshiro256**, SplitMix64), shared by the engine and the tests.
        .target(name: "Randomness"),
        .target(name: "Tensors", dependencies: ["CKernels", "Randomness"]),

        .target(name: "NotebookDocument", dependencies: ["CCmark"]),
        .target(name: "Collab", dependencies: ["Frames", "Tensors", "CLapacke"]),
        .target(name: "CellRuntime", dependencies: ["CellLanguage", "CellCore", "Frames", "Plotting", "Tensors", "Collab"]),
        // The domains bound to the statically typed cell language through CellCore's registry API
        // (replaces CellRuntime's builtin tables at the switch-over: docs/interpreter.md).
        .target(
            name: "CellBindings",
            dependencies: ["CellCore", "Frames", "Plotting", "Tensors", "Collab", "Randomness", "Reporting"]),
        .target(
            name: "Runner", dependencies: ["NotebookDocument", "CellLanguage", "CellRuntime", "CellCore", "CellBindings", "Reporting", "Tensors"]),
        // `make bench`: training-step timings of the builtin and cell paths (release build).
        .executableTarget(name: "bench", dependencies: ["Tensors", "CellRuntime", "CellLanguage"]),
        // `make bench-collab`: the cell-14 recipe timed end to end (release build only).
        .executableTarget(name: "bench-collab", dependencies: ["Collab", "Tensors"]),
        // The Jupyter kernel (messaging protocol 5.3 over libzmq) on CellBindings' session.
        .target(
            name: "Kernel",
            dependencies: [
                "CZmq", "CellBindings", "CellCore", "CellSyntax", "NotebookDocument", "Reporting",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .executableTarget(
            name: "notebook",
            dependencies: [
                "Runner", "Kernel", "CellRuntime", "CellCore", "CellBindings", "CellSyntax", "NotebookDocument", "Reporting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // What coverage-guided fuzzing drives (`make fuzz-coverage`) and `make test` replays.
        .target(name: "FuzzTargets", dependencies: ["CellLanguage", "CellSyntax", "CellCore", "Frames", "NotebookDocument"]),
        // libFuzzer driver when built with --sanitize=fuzzer -DNOTEBOOK_LIBFUZZER; else a replayer.
        .executableTarget(name: "notebook-fuzz", dependencies: ["FuzzTargets"]),
        // `make bench-scale`: embedded ALS, row-sparse SGD and Spark ALS on 10M synthetic ratings.
        .executableTarget(name: "bench-scale", dependencies: ["Collab", "Tensors"]),

        // Helpers shared by test targets.
        .target(name: "TestSupport", dependencies: ["Randomness"], path: "Tests/TestSupport"),
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets", "TestSupport"]),
        .testTarget(name: "NotebookDocumentTests", dependencies: ["NotebookDocument"]),
        .testTarget(name: "CellCoreTests", dependencies: ["CellCore", "CellSyntax"], exclude: ["Programs", "Invalid", "Traps"]),
        .testTarget(name: "JupyterKernelTests", dependencies: ["Kernel", "CellCore"]),
        .testTarget(
            name: "CellBindingsTests", dependencies: ["CellBindings", "CellCore", "Collab", "Frames", "Reporting", "Tensors", "TestSupport"],
            exclude: ["golden"]),
        .testTarget(name: "CellLanguageTests", dependencies: ["CellLanguage", "TestSupport"]),
        .testTarget(name: "CellSyntaxTests", dependencies: ["CellSyntax", "TestSupport"], exclude: ["golden"]),
        .testTarget(name: "FramesTests", dependencies: ["Frames"], exclude: ["Fixtures", "golden"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "TestSupport"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"], exclude: ["Golden", "numpy_histogram.py"]),
        .testTarget(name: "TensorsTests", dependencies: ["Tensors"], exclude: ["golden"]),
        .testTarget(name: "CollabTests", dependencies: ["TestSupport", "Collab", "Frames", "Tensors"], exclude: ["Fixtures", "golden"]),
        .testTarget(name: "CellRuntimeTests", dependencies: ["CellRuntime", "CellLanguage", "Tensors", "Collab"], exclude: ["Reference"]),
        .testTarget(
            name: "RunnerTests", dependencies: ["TestSupport", "Runner", "NotebookDocument", "Reporting", "CellRuntime", "CellLanguage", "Plotting"],
            exclude: ["golden"]),
    ],
    swiftLanguageModes: [.v6]
)
