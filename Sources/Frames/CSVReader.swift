// CSV reader choice — measured, not assumed (docs/architecture.md, "Data frames").
// Measured on this machine (2 shared cores, Swift 6.3.1, `swift build -c release`) on a generated
// ratings-like file of 10,000,000 rows (userId,movieId,rating,timestamp; 270 MB, one run each):
//   this byte-level reader, file → typed DataFrame (Int, Int, Double, Int):  2.85 s, peak RSS 666 MB
//   yaslab/CSV.swift 2.5.2, only iterating rows as [String] (no typing):   18.96 s, peak RSS  20 MB
//   yaslab/CSV.swift rows kept + the same Int/Double typing:               26.79 s, peak RSS 723 MB
// So we keep our own reader (about 7–9× faster; no dependency). It reads the whole file into
// memory first, which is why its peak memory is the file size plus the columns.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a CSV file into a ``DataFrame``: a byte-level reader of our own.
///
/// Format (RFC 4180 plus what real files do):
/// - the first non-blank row is the header; duplicate names get pandas' `.1`, `.2` suffixes
///   and empty names become `Unnamed: i` (i = 0-based position), as `pandas.read_csv` does;
/// - fields are separated by `,`; a field that starts with `"` is quoted: it may hold commas,
///   line breaks and doubled quotes (`""` → `"`), and must be followed by `,` or a line end;
///   a `"` inside an unquoted field is kept as an ordinary character;
/// - rows end with LF, CRLF or a lone CR; the last row's line end is optional; blank lines
///   are skipped; a leading UTF-8 byte-order mark is ignored; text must be UTF-8 unless
///   `encoding: .latin1` is given (ISO-8859-1: every byte is one character, as pandas' `encoding='latin-1'`);
/// - every data row must have as many fields as the header (pandas fills short rows with NaN;
///   we report them, since in a ratings file they mean a damaged file);
/// - types are inferred per whole column by ``ColumnBuilder`` (Int, else Double, else String;
///   empty fields are missing; only empty fields are missing — unlike pandas, `NA` or `null`
///   are ordinary strings).
public struct CSVReader: Sendable {
    /// The file to read; also the path named in errors.
    public let path: String
    /// How the file's bytes encode text (UTF-8 unless told otherwise).
    public let encoding: CSVEncoding

    public init(path: String, encoding: CSVEncoding = .utf8) {
        self.path = path
        self.encoding = encoding
    }

    /// Reads and parses the file.
    /// - Throws: ``CSVError`` (missing or unreadable file, empty file, ragged row, unterminated
    ///   quote, stray character after a quote, invalid UTF-8).
    public func read() throws -> DataFrame {
        let bytes = try Self.readFile(path)
        return try Self.parse(bytes, path: path, encoding: encoding)
    }

    /// Reads and parses the file at `path` (shorthand for `CSVReader(path:encoding:).read()`).
    public static func read(_ path: String, encoding: CSVEncoding = .utf8) throws -> DataFrame {
        try CSVReader(path: path, encoding: encoding).read()
    }

    /// Parses CSV text held in memory; `path` is only used in error messages.
    /// - Throws: ``CSVError`` as ``read()`` does, except the file errors.
    public static func parse(_ text: String, path: String = "<string>") throws -> DataFrame {
        try parse(Array(text.utf8), path: path)
    }

    /// Parses CSV bytes held in memory; `path` is only used in error messages.
    public static func parse(_ bytes: [UInt8], path: String = "<bytes>", encoding: CSVEncoding = .utf8) throws -> DataFrame {
        if encoding == .latin1 { return try parse(CSVEncoding.utf8(fromLatin1: bytes), path: path) }
        return try bytes.withUnsafeBufferPointer { buffer in
            var tokenizer = CSVTokenizer(buffer: buffer, path: path)
            var sink = InferenceSink()
            try tokenizer.scan(into: &sink)
            guard sink.header != nil else { throw CSVError.emptyFile(path: path) }
            var builders = sink.builders
            let reparse = builders.indices.filter { builders[$0].needsReparse }
            if !reparse.isEmpty {
                var refill = ReparseSink(builders: builders, columns: Set(reparse))
                var second = CSVTokenizer(buffer: buffer, path: path)
                try second.scan(into: &refill)
                builders = refill.builders
            }
            return DataFrame(checked: builders.map { $0.build() }, rowCount: sink.dataRows)
        }
    }

    /// The whole file as bytes.
    /// The largest CSV file read (the reader holds the whole file in memory, then its columns).
    static let maxFileBytes = 8 << 30

    static func readFile(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            let code = errno
            if code == ENOENT { throw CSVError.fileNotFound(path: path) }
            throw CSVError.unreadableFile(path: path, reason: String(cString: strerror(code)))
        }
        defer { fclose(file) }
        var info = stat()
        if fstat(fileno(file), &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            throw CSVError.unreadableFile(path: path, reason: "not a regular file (a folder, a device or a pipe)")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 {
                guard bytes.count + n <= maxFileBytes else {
                    throw CSVError.unreadableFile(path: path, reason: "larger than \(maxFileBytes >> 30) GiB, the most one file may hold here")
                }
                bytes.append(contentsOf: chunk[0..<n])
            }
            if n < chunk.count {
                if ferror(file) != 0 {
                    throw CSVError.unreadableFile(path: path, reason: String(cString: strerror(errno)))
                }
                break
            }
        }
        return bytes
    }
}

/// Receives fields and row ends from ``CSVTokenizer``.
protocol CSVFieldSink {
    /// One field's content (unquoted, unescaped) at 0-based position `column` of its row.
    mutating func field(
        _ bytes: UnsafeBufferPointer<UInt8>, column: Int,
        location: () -> CSVLocation) throws
    /// The end of a row of `fieldCount` fields that started on line `line`.
    mutating func endRow(fieldCount: Int, line: Int, path: String) throws
}

/// The byte-level scanner: splits a buffer into rows and fields (see ``CSVReader``'s format).
struct CSVTokenizer {
    private static let comma: UInt8 = 0x2C, quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

    let buffer: UnsafeBufferPointer<UInt8>
    let path: String
    private var line = 1
    private var lineStart = 0
    private var scratch: [UInt8] = []

    init(buffer: UnsafeBufferPointer<UInt8>, path: String) {
        self.buffer = buffer
        self.path = path
    }

    /// The location of byte `offset` on line `line` whose first byte is `lineStart`.
    func location(line: Int, lineStart: Int, offset: Int) -> CSVLocation {
        Self.location(buffer, path: path, line: line, lineStart: lineStart, offset: offset)
    }

    static func location(
        _ buffer: UnsafeBufferPointer<UInt8>, path: String,
        line: Int, lineStart: Int, offset: Int
    ) -> CSVLocation {
        let prefix = UnsafeBufferPointer(rebasing: buffer[lineStart..<offset])
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return CSVLocation(path: path, line: line, column: column)
    }

    mutating func scan<S: CSVFieldSink>(into sink: inout S) throws {
        let b = buffer
        let n = b.count
        let path = self.path
        var i = 0
        if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3; lineStart = 3 }
        while i < n {
            // At the start of a row: skip blank lines.
            if b[i] == Self.lf { i += 1; newLine(at: i); continue }
            if b[i] == Self.cr {
                i += 1
                if i < n, b[i] == Self.lf { i += 1 }
                newLine(at: i)
                continue
            }
            let rowLine = line
            var column = 0
            rowLoop: while true {
                if i < n, b[i] == Self.quote {
                    let openLine = line, openLineStart = lineStart, openOffset = i
                    i += 1
                    let start = i
                    var doubled = false
                    while true {
                        guard i < n else {
                            throw CSVError.unterminatedQuote(
                                at: location(line: openLine, lineStart: openLineStart, offset: openOffset))
                        }
                        let c = b[i]
                        if c == Self.quote {
                            if i + 1 < n, b[i + 1] == Self.quote { doubled = true; i += 2; continue }
                            break
                        }
                        i += 1
                        if c == Self.lf || (c == Self.cr && (i >= n || b[i] != Self.lf)) { newLine(at: i) }
                    }
                    let end = i
                    i += 1  // past the closing quote
                    let fieldLine = openLine, fieldLineStart = openLineStart
                    let loc = { Self.location(b, path: path, line: fieldLine, lineStart: fieldLineStart, offset: openOffset) }
                    if doubled {
                        unescape(start, end)
                        try scratch.withUnsafeBufferPointer { try sink.field($0, column: column, location: loc) }
                    } else {
                        try sink.field(UnsafeBufferPointer(rebasing: b[start..<end]), column: column, location: loc)
                    }
                    if i >= n { try sink.endRow(fieldCount: column + 1, line: rowLine, path: path); break rowLoop }
                    let c = b[i]
                    if c == Self.comma { i += 1; column += 1; continue rowLoop }
                    if c == Self.lf || c == Self.cr {
                        i = skipLineEnd(i)
                        try sink.endRow(fieldCount: column + 1, line: rowLine, path: path)
                        break rowLoop
                    }
                    let here = location(line: line, lineStart: lineStart, offset: i)
                    var e = i + 1
                    while e < n, e - i < 4, b[e] & 0xC0 == 0x80 { e += 1 }
                    throw CSVError.unexpectedCharacterAfterQuote(
                        at: here, found: String(decoding: UnsafeBufferPointer(rebasing: b[i..<e]), as: UTF8.self))
                } else {
                    let start = i
                    while i < n {
                        let c = b[i]
                        if c == Self.comma || c == Self.lf || c == Self.cr { break }
                        i += 1
                    }
                    let fieldLine = line, fieldLineStart = lineStart
                    try sink.field(
                        UnsafeBufferPointer(rebasing: b[start..<i]), column: column,
                        location: { Self.location(b, path: path, line: fieldLine, lineStart: fieldLineStart, offset: start) })
                    if i < n, b[i] == Self.comma { i += 1; column += 1; continue rowLoop }
                    if i < n { i = skipLineEnd(i) }
                    try sink.endRow(fieldCount: column + 1, line: rowLine, path: path)
                    break rowLoop
                }
            }
        }
    }

    /// Consumes the line end at `i` (LF, CRLF or CR) and starts a new line; returns the next offset.
    @inline(__always)
    private mutating func skipLineEnd(_ i: Int) -> Int {
        var j = i + 1
        if buffer[i] == Self.cr, j < buffer.count, buffer[j] == Self.lf { j += 1 }
        newLine(at: j)
        return j
    }

    @inline(__always)
    private mutating func newLine(at offset: Int) {
        line += 1
        lineStart = offset
    }

    /// Copies `buffer[start..<end]` into `scratch` with each `""` turned into `"`.
    private mutating func unescape(_ start: Int, _ end: Int) {
        scratch.removeAll(keepingCapacity: true)
        var i = start
        while i < end {
            scratch.append(buffer[i])
            i += buffer[i] == Self.quote ? 2 : 1
        }
    }
}

/// First pass: header names, then one ``ColumnBuilder`` per column.
struct InferenceSink: CSVFieldSink {
    private(set) var header: [String]?
    private(set) var builders: [ColumnBuilder] = []
    private(set) var dataRows = 0
    private var headerFields: [String] = []

    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, column: Int, location: () -> CSVLocation) throws {
        if header == nil {
            headerFields.append(try ColumnBuilder.decode(bytes, location: location))
        } else if column < builders.count {
            try builders[column].append(bytes, location: location)
        }
    }

    mutating func endRow(fieldCount: Int, line: Int, path: String) throws {
        guard header != nil else {
            let names = Self.pandasNames(headerFields)
            header = names
            builders = names.map { ColumnBuilder(name: $0, reserve: 0) }
            return
        }
        guard fieldCount == builders.count else {
            throw CSVError.raggedRow(
                at: CSVLocation(path: path, line: line, column: 1),
                expected: builders.count, found: fieldCount)
        }
        dataRows += 1
    }

    /// Header names as `pandas.read_csv` makes them: empty → `Unnamed: i`, repeats → `name.1`, `name.2`.
    static func pandasNames(_ raw: [String]) -> [String] {
        var used = Set<String>()
        var counts: [String: Int] = [:]
        var names: [String] = []
        for (i, field) in raw.enumerated() {
            let base = field.isEmpty ? "Unnamed: \(i)" : field
            var name = base
            while used.contains(name) {
                let k = (counts[base] ?? 0) + 1
                counts[base] = k
                name = "\(base).\(k)"
            }
            used.insert(name)
            names.append(name)
        }
        return names
    }
}

/// Second pass, only when a column turned String after numbers were stored: refills those
/// columns' strings from the original bytes.
struct ReparseSink: CSVFieldSink {
    var builders: [ColumnBuilder]
    let columns: Set<Int>
    private var row = -1  // -1 while in the header

    init(builders: [ColumnBuilder], columns: Set<Int>) {
        self.builders = builders
        self.columns = columns
    }

    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, column: Int, location: () -> CSVLocation) throws {
        guard row >= 0, !bytes.isEmpty, columns.contains(column) else { return }
        try builders[column].setString(bytes, row: row, location: location)
    }

    mutating func endRow(fieldCount: Int, line: Int, path: String) throws { row += 1 }
}
