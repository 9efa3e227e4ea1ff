import Foundation

extension String {
    /// Number of non-overlapping occurrences of `needle`.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }

    /// Every value of `attribute="..."` in document order.
    func attributeValues(_ attribute: String) -> [String] {
        let parts = components(separatedBy: " \(attribute)=\"").dropFirst()
        return parts.compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }
}
