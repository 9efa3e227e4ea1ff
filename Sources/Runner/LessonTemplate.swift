import Foundation

/// The starter lesson `notebook new NAME` writes: one of each thing a lesson usually has (prose,
/// a parameters cell, cells that compute and display, a self-check, an expected error), and it
/// runs as written.
public enum LessonTemplate {
    /// Letters, digits, `-` and `_`, starting with a letter or digit.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isWordCharacter(first) else { return false }
        return name.unicodeScalars.allSatisfy { isWordCharacter($0) || $0 == "-" || $0 == "_" }
    }

    private static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9")
    }

    /// The lesson's Markdown; `name` becomes its title (dashes and underscores as spaces).
    public static func markdown(name: String) -> String {
        let title = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        let fence = "```"
        return """
            # \(title)

            A new lesson. Every fenced `swift` block is a cell; `notebook run` runs the cells from top to
            bottom in one shared session (a later cell sees what an earlier one defined) and writes an
            HTML report with this prose, each cell's code and its outputs. Replace this text with yours;
            docs/authoring.md explains everything used below.

            ## Parameters

            The cell marked `parameters: true` holds the constants a reader may change from the command
            line without editing the lesson: `notebook run \(name).md -p steps=10 -p rate=0.5`.

            \(fence)swift
            //| parameters: true
            let steps = 5
            let rate = 0.1
            \(fence)

            ## Compute and show

            `print` writes text; the value of a cell's last line is displayed as the cell's result.

            \(fence)swift
            var balance = 100.0
            var history: [Double] = []
            for _ in 0..<steps {
                balance = balance * (1 + rate)
                history.append(balance)
            }
            print("after \\(steps) steps at \\(rate): \\(String(format: "%.2f", balance))")
            history
            \(fence)

            ## Check yourself

            `expect` stops the run with an error when a condition is false, so a lesson can test its own
            results; `make test`-style runs then fail loudly instead of showing wrong numbers.

            \(fence)swift
            expect(history.count == steps, "one value per step")
            expect(balance > 100, "a positive rate makes the balance grow")
            \(fence)

            ## Mistakes are shown in place

            A cell marked `error: true` is expected to fail: its error is shown, with a "did you mean"
            hint, and the run goes on.

            \(fence)swift
            //| error: true
            balanse + 1
            \(fence)

            """
    }
}
