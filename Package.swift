// swift-tools-version:6.0
// notebook: a literate-notebook runner with its own cell language, tensor engine and
// collaborative-filtering learner. Module layout and dependency direction: DESIGN.md.
import PackageDescription

let package = Package(
    name: "notebook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "notebook", targets: ["notebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries from Debian, each behind one module map.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),

        // Leaves: import nothing of ours.
        .target(name: "CellLanguage"),
        .target(name: "Frames"),
        .target(name: "Reporting"),

        .target(name: "NotebookDocument", dependencies: ["CCmark"]),
        .target(name: "CellRuntime", dependencies: ["CellLanguage", "Frames"]),
        .target(name: "Runner", dependencies: ["NotebookDocument", "CellLanguage", "CellRuntime", "Reporting"]),
        .executableTarget(name: "notebook", dependencies: [
            "Runner",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "NotebookDocumentTests", dependencies: ["NotebookDocument"]),
        .testTarget(name: "CellLanguageTests", dependencies: ["CellLanguage"]),
        .testTarget(name: "FramesTests", dependencies: ["Frames"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting"]),
        .testTarget(name: "CellRuntimeTests", dependencies: ["CellRuntime", "CellLanguage"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "NotebookDocument", "Reporting"]),
    ],
    swiftLanguageModes: [.v6]
)
