// Declarations: variables and accessors, functions, initializers, subscripts, types, protocols,
// extensions, enums, operators.

import CellSyntax
import Testing

@Suite struct DeclarationTests {
    @Test func throwingGetters() {
        #expect(sexp("var v: Int {\n  get throws { try f() }\n}") == "(var (bind v) : Int get-throws {get {(try (call f))}})")
        #expect(sexp("protocol P { var x: Int { get throws } }") == "(protocol P {(var (bind x) : Int get-throws {get})})")
    }
}
