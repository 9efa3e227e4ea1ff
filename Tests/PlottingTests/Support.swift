import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Golden SVG files under Tests/PlottingTests/Golden/, compared byte for byte.
/// Run `UPDATE_GOLDEN=1 swift test` to rewrite them (then read the diff before committing).
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    /// Checks that `svg` is well-formed with a viewBox, then compares it with `Golden/<name>.svg`.
    static func check(_ name: String, _ svg: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let parsed = XMLCheck.parse(svg)
        #expect(parsed.error == nil, "\(name): \(parsed.error ?? "")", sourceLocation: sourceLocation)
        #expect(parsed.rootName == "svg", sourceLocation: sourceLocation)
        #expect(parsed.rootAttributes["viewBox"] != nil, sourceLocation: sourceLocation)
        let url = directory.appendingPathComponent(name + ".svg")
        if updating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: url)
            return
        }
        let expected = try #require(
            try? String(contentsOf: url, encoding: .utf8),
            "missing golden \(name).svg: run UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
        #expect(svg == expected, "\(name).svg differs from the golden (UPDATE_GOLDEN=1 to rewrite)", sourceLocation: sourceLocation)
    }
}

/// Parses SVG text with Foundation's XMLParser and reports the root, its attributes, all text content
/// and the first error.
final class XMLCheck: NSObject, XMLParserDelegate {
    struct Result {
        var error: String?
        var rootName: String?
        var rootAttributes: [String: String]
        var texts: [String]
        var elementCount: Int
        /// Every text node joined by spaces (a wrapped note reads back whole).
        var allText: String { texts.joined(separator: " ") }
    }

    private var result = Result(error: nil, rootName: nil, rootAttributes: [:], texts: [], elementCount: 0)
    private var currentText = ""

    static func parse(_ svg: String) -> Result {
        let parser = XMLParser(data: Data(svg.utf8))
        let delegate = XMLCheck()
        parser.delegate = delegate
        if !parser.parse() && delegate.result.error == nil {
            delegate.result.error = parser.parserError.map { "\($0)" } ?? "parse failed"
        }
        return delegate.result
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if result.rootName == nil {
            result.rootName = name
            result.rootAttributes = attributes
        }
        result.elementCount += 1
        currentText = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        currentText += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if !currentText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { result.texts.append(currentText) }
        currentText = ""
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if result.error == nil { result.error = "line \(parser.lineNumber): \(parseError)" }
    }
}
