/// The lexical class of a `CodeSegment`, rendered as a CSS class (`tok-keyword`, …).
public enum CodeKind: String, Sendable, Equatable, CaseIterable {
    case plain, keyword, identifier, number, string, comment, `operator`, punctuation, type

    /// The CSS class of a span of this kind; `nil` for `.plain` (no span is emitted).
    var cssClass: String? {
        self == .plain ? nil : "tok-\(rawValue)"
    }
}
