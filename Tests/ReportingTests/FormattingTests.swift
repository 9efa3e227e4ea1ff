import Foundation
import Testing

@testable import Reporting

@Suite struct FormattingTests {
    @Test func durations() {
        #expect(ReportFormatting.duration(0.123) == "0.12 s")
        #expect(ReportFormatting.duration(0.00321) == "3.2 ms")
        #expect(ReportFormatting.duration(0.01) == "0.01 s")
        #expect(ReportFormatting.duration(0) == "0.0 ms")
        #expect(ReportFormatting.duration(-1) == "0.0 ms")
        #expect(ReportFormatting.duration(12.34) == "12.3 s")
        #expect(ReportFormatting.duration(83.4) == "1 min 23 s")
        #expect(ReportFormatting.duration(3725) == "1 h 02 min")
        #expect(ReportFormatting.duration(.nan) == "—")
        #expect(ReportFormatting.duration(.infinity) == "—")
        #expect(ReportFormatting.duration(1e300) == "1e+300 s")
    }

    @Test func groupedIntegers() {
        #expect(ReportFormatting.grouped(0) == "0")
        #expect(ReportFormatting.grouped(999) == "999")
        #expect(ReportFormatting.grouped(1_000) == "1,000")
        #expect(ReportFormatting.grouped(100_000) == "100,000")
        #expect(ReportFormatting.grouped(-1_234_567) == "-1,234,567")
        #expect(ReportFormatting.grouped(Int.min) == "-9,223,372,036,854,775,808")
    }

    @Test func isoDate() {
        #expect(ReportFormatting.iso8601(Date(timeIntervalSince1970: 1_790_000_000)) == "2026-09-21T14:13:20Z")
    }

    @Test func slugs() {
        #expect(AnchorIDs.slug("Data Loading!", fallback: "s") == "data-loading")
        #expect(AnchorIDs.slug("  -- a__b --  ", fallback: "s") == "a-b")
        #expect(AnchorIDs.slug("<script>", fallback: "s") == "script")
        #expect(AnchorIDs.slug("?!", fallback: "s") == "s")
        var ids = AnchorIDs(reserved: ["top"])
        #expect(ids.unique("Top", fallback: "s") == "top-1")
        #expect(ids.unique("a", fallback: "s") == "a")
        #expect(ids.unique("a", fallback: "s") == "a-1")
        #expect(ids.unique("a-1", fallback: "s") == "a-1-1")
        #expect(ids.unique("A", fallback: "s") == "a-2")
    }
}
