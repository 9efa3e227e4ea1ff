/// Builds one column from CSV fields while inferring its type from the whole column:
/// every present field an Int → Int; else every present field a number → Double (so a late
/// "3.5" turns an Int column into Double, converting what was stored); else String.
/// Empty fields (quoted or not) are missing. A column with no present value becomes an
/// all-missing Double column (pandas reads it as float64 NaN).
///
/// When a column turns String after numbers were stored, the original spellings are gone
/// ("007" was stored as 7), so the builder sets `needsReparse` and the reader fills the
/// column again from the file in a second pass (see ``CSVReader``).
struct ColumnBuilder {
    enum Kind { case int, double, string }

    let name: String
    private(set) var kind: Kind = .int
    private var ints: [Int] = []
    private var doubles: [Double] = []
    private var strings: [String] = []
    private var validity: [Bool] = []
    private var presentCount = 0
    /// True when the column became String after storing numbers; `strings` then holds
    /// placeholders for the earlier rows and must be refilled.
    private(set) var needsReparse = false

    init(name: String, reserve: Int) {
        self.name = name
        ints.reserveCapacity(reserve)
        validity.reserveCapacity(reserve)
    }

    /// Appends one field's raw bytes (already unquoted and unescaped).
    /// - Throws: ``CSVError/invalidUTF8(at:byte:)`` via `location` when a String field is not UTF-8.
    @inline(__always)
    mutating func append(_ field: UnsafeBufferPointer<UInt8>, location: () -> CSVLocation) throws {
        if field.isEmpty {
            validity.append(false)
            switch kind {
            case .int: ints.append(0)
            case .double: doubles.append(.nan)
            case .string: strings.append("")
            }
            return
        }
        validity.append(true)
        presentCount += 1
        switch kind {
        case .int:
            if let v = NumberParsing.parseInt(field) { ints.append(v); return }
            if let d = NumberParsing.parseDouble(field) {
                doubles.reserveCapacity(validity.capacity)
                for (i, v) in ints.enumerated() { doubles.append(validity[i] ? Double(v) : .nan) }
                ints = []
                kind = .double
                doubles.append(d)
                return
            }
            try becomeString(field, location: location)
        case .double:
            if let d = NumberParsing.parseDouble(field) { doubles.append(d); return }
            try becomeString(field, location: location)
        case .string:
            strings.append(try Self.decode(field, location: location))
        }
    }

    private mutating func becomeString(_ field: UnsafeBufferPointer<UInt8>, location: () -> CSVLocation) throws {
        let stored = validity.count - 1
        needsReparse = presentCount > 1  // numbers were stored before this field
        strings = Array(repeating: "", count: stored)
        ints = []
        doubles = []
        kind = .string
        strings.append(try Self.decode(field, location: location))
    }

    /// Replaces row `row`'s string (used by the reparse pass for present fields).
    mutating func setString(_ field: UnsafeBufferPointer<UInt8>, row: Int, location: () -> CSVLocation) throws {
        guard row < strings.count else { return }
        strings[row] = try Self.decode(field, location: location)
    }

    static func decode(_ field: UnsafeBufferPointer<UInt8>, location: () -> CSVLocation) throws -> String {
        guard let s = String(validating: field, as: UTF8.self) else {
            // Point at the first byte that is not UTF-8, not at the field.
            var valid = 0
            var iterator = field.makeIterator()
            var decoder = UTF8()
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): valid += UTF8.width(scalar)
                case .emptyInput, .error: break loop
                }
            }
            var at = location()
            let prefix = String(decoding: UnsafeBufferPointer(rebasing: field[..<valid]), as: UTF8.self)
            if let lastBreak = prefix.lastIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                at.line += prefix.filter { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.count
                at.column = prefix[prefix.index(after: lastBreak)...].count + 1
            } else {
                at.column += prefix.count
            }
            throw CSVError.invalidUTF8(at: at, byte: field[valid])
        }
        return s
    }

    /// The finished column.
    func build() -> Column {
        if presentCount == 0 {
            return Column(name: name, values: .double(Array(repeating: .nan, count: validity.count)), validity: validity)
        }
        switch kind {
        case .int: return Column(name: name, values: .int(ints), validity: validity)
        case .double: return Column(name: name, values: .double(doubles), validity: validity)
        case .string: return Column(name: name, values: .string(strings), validity: validity)
        }
    }
}
