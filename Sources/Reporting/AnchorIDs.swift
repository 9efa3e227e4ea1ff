/// Unique, slugged `id`s for headings and cells (GitHub-style: `Data Loading!` → `data-loading`,
/// a second `Data Loading` → `data-loading-1`).
struct AnchorIDs {
    private var used: Set<String> = []

    /// Ids the page itself uses, never given to a heading or cell.
    init(reserved: [String]) {
        used = Set(reserved)
    }

    /// Lower-cases letters and digits, turns spaces, `-` and `_` into single `-`, and drops other
    /// punctuation; an empty slug becomes `fallback`.
    static func slug(_ text: String, fallback: String) -> String {
        var slug = ""
        var pendingDash = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(ch)
            } else if ch.isWhitespace || ch == "-" || ch == "_" {
                pendingDash = true
            }
        }
        return slug.isEmpty ? fallback : slug
    }

    /// The slug of `text`, suffixed `-1`, `-2`, … until it is unused; records it as used.
    mutating func unique(_ text: String, fallback: String) -> String {
        let base = Self.slug(text, fallback: fallback)
        var candidate = base
        var n = 0
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        return candidate
    }
}
