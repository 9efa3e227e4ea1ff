import CellLanguage
import Frames
import NotebookDocument

/// The entry points that coverage-guided fuzzing drives (`make fuzz-coverage`, libFuzzer through
/// `swiftc -sanitize=fuzzer`) and that `make test` replays over the committed corpus in
/// `fuzz/corpus/<target>/`. Each takes arbitrary bytes and must return: a thrown error is a
/// finding only when it is not the reader's own error type, and a trap is always a finding.
///
/// Both cell parsers are fuzzed: the old `CellLanguage` one, which still runs the lessons, and the
/// new `CellSyntax` one; and the new language's type checker (`CellCore`), which must report
/// errors, never trap, on any input.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `CSVReader.parse`: tokenizer, quoting, type inference, the second pass; both encodings.
    case csv
    /// `CommonMarkReader.parse`: cmark, cells, fences that do not run, `//|` options.
    case markdown
    /// The old cell lexer and parser (`CellLanguage`, which still runs the lessons).
    case cellParser = "cell-parser"
    /// The new cell lexer and parser (`CellSyntax.Parser.parse`).
    case cellSyntax = "cell-syntax"
    /// The new cell language's checker (`CellCore.Session.check`: parse and type-check, no run).
    case cellChecker = "cell-checker"

    /// The corpus folder's name under `fuzz/corpus/` (where its findings and crashes go).
    public var folder: String { rawValue }

    /// The corpus folders its committed inputs are read from: its own, and for the new parser
    /// also the old parser's, whose seeds are the same Swift cells (read in place, not copied).
    public var seedFolders: [String] { self == .cellSyntax ? [FuzzTarget.cellParser.folder, folder] : [folder] }

    /// Feeds one input to this target.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .csv: Self.csv(bytes)
        case .markdown: Self.markdown(bytes)
        case .cellParser: Self.cellParser(bytes)
        case .cellSyntax: Self.cellSyntax(bytes)
        case .cellChecker: Self.cellChecker(bytes)
        }
    }

    static func csv(_ bytes: [UInt8]) {
        // The first byte chooses the encoding, so one corpus covers both.
        let encoding: CSVEncoding = bytes.first.map { $0 & 1 == 1 } == true ? .latin1 : .utf8
        do { _ = try CSVReader.parse(Array(bytes.dropFirst()), path: "fuzz.csv", encoding: encoding) } catch is CSVError {
        } catch {
            fatalError("CSVReader threw something other than a CSVError: \(error)")
        }
    }

    static func markdown(_ bytes: [UInt8]) {
        let notebook = CommonMarkReader.parse(String(decoding: bytes, as: UTF8.self), path: "fuzz.md")
        // Touch what the runner reads of every cell.
        for cell in notebook.cells {
            _ = cell.displayCode
            _ = cell.hasNoCode
            precondition(cell.fenceLine >= 1 && cell.firstSourceLine == cell.fenceLine + 1)
        }
        for warning in notebook.warnings { precondition(warning.location.line >= 1) }
    }

    static func cellParser(_ bytes: [UInt8]) {
        _ = CellParser.parse(String(decoding: bytes, as: UTF8.self))
    }
}
