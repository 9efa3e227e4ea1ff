import Testing

@testable import Plotting

/// Text width estimates: 0.6 em for most characters, 1 em for wide (CJK, emoji) ones.
@Suite struct TextFitTests {
    @Test func wideCharactersCountAsOneEm() {
        #expect(TextFit.width("ab", fontSize: 10) == 12)
        #expect(TextFit.width("é", fontSize: 10) == 6)
        #expect(TextFit.width("東京", fontSize: 10) == 20)
        #expect(TextFit.width("한국", fontSize: 10) == 20)
        #expect(TextFit.width("a😀", fontSize: 10) == 16)
    }

    @Test func fittedCutsWideTextByItsWidth() {
        // "東京物語" is 40 px at 10 px; in 30 px, "東京…" (20 + 6 px) fits, "東京物…" (36 px) does not.
        #expect(TextFit.fitted("東京物語", width: 30, fontSize: 10) == "東京…")
        #expect(TextFit.fitted("東京物語", width: 40, fontSize: 10) == "東京物語")
        // Latin text as before: 5 characters of 6 px fit in 30 px.
        #expect(TextFit.fitted("Silence of the Lambs", width: 30, fontSize: 10) == "Sile…")
        #expect(TextFit.fitted("東", width: 5, fontSize: 10) == "")
    }

    /// A wide label near the right edge goes left of its point instead of past the chart's edge: the
    /// point at x = 9.5 is drawn at 279.6 px, leaving 32.4 px on its right, enough for 4 characters
    /// at 0.6 em (26.4 px) but not for 4 ideographs (44 px).
    @Test func wideLabelNearTheRightEdgeFlipsLeft() throws {
        let svg = Chart.scatter(x: [0, 9.5, 10], y: [0, 0.5, 1], labels: ["", "東京物語", ""], width: 320, height: 240).svg()
        #expect(svg.contains("M279.6 "))
        let line = try #require(svg.split(separator: "\n").first { $0.contains("東京物語") })
        #expect(line.contains("text-anchor=\"end\""))
    }
}
