// Positions: the spans the checker reports at (operators, member names, labels, closing
// brackets, declared names).

import CellSyntax
import Testing

@Suite struct PositionTests {
    func at(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

    @Test func operatorAndCallPositions() throws {
        // 1234567890123456789012345
        // let y = a + f(x: 1, b)
        let e = try #require(initializer("let y = a + f(x: 1, b)"))
        guard case .binary(let op, _, let rhs, let operatorSpan) = e.kind else {
            Issue.record("not binary")
            return
        }
        #expect(op == "+")
        #expect(operatorSpan == SourceSpan(start: at(1, 11), end: at(1, 12)))
        #expect(e.span == SourceSpan(start: at(1, 9), end: at(1, 23)))
        guard case .call(_, let arguments, let rightParen) = rhs.kind else {
            Issue.record("not a call")
            return
        }
        #expect(rightParen == at(1, 22))
        #expect(arguments[0].labelSpan == SourceSpan(start: at(1, 15), end: at(1, 16)))
        #expect(arguments[0].span == SourceSpan(start: at(1, 15), end: at(1, 19)))
        #expect(arguments[1].labelSpan == nil)
    }

    @Test func memberPositions() throws {
        // 123456789012345678
        // let z = point.x.y
        let e = try #require(initializer("let z = point\n  .x.y"))
        guard case .member(let base, let name, let nameSpan, let dot, _) = e.kind else {
            Issue.record("not a member")
            return
        }
        #expect(name == "y")
        #expect(nameSpan == SourceSpan(start: at(2, 6), end: at(2, 7)))
        #expect(dot == at(2, 5))
        guard case .member(_, _, let innerName, let innerDot, _) = base.kind else {
            Issue.record("not a member")
            return
        }
        #expect(innerName == SourceSpan(start: at(2, 4), end: at(2, 5)))
        #expect(innerDot == at(2, 3))
    }

    @Test func postfixAndCastPositions() throws {
        let e = try #require(initializer("let v = a?.b! as? Int"))
        guard case .cast(let inner, let kind, _, let keywordSpan) = e.kind else {
            Issue.record("not a cast")
            return
        }
        #expect(kind == .conditional)
        #expect(keywordSpan == SourceSpan(start: at(1, 15), end: at(1, 18)))
        // The `!` is inside the chain: optionalEvaluation(forceUnwrap(member(bindOptional(a), b))).
        guard case .optionalEvaluation(let chain) = inner.kind, case .forceUnwrap(let member, let bangSpan) = chain.kind
        else {
            Issue.record("not an optional chain")
            return
        }
        #expect(bangSpan == SourceSpan(start: at(1, 13), end: at(1, 14)))
        guard case .member(let bound, _, _, _, _) = member.kind, case .bindOptional(_, let questionSpan) = bound.kind
        else {
            Issue.record("not a member of a bound optional")
            return
        }
        #expect(questionSpan == SourceSpan(start: at(1, 10), end: at(1, 11)))
    }

    @Test func closureAndSubscriptPositions() throws {
        let e = try #require(initializer("let s = xs[0] + f {\n  $0\n}"))
        guard case .binary(_, let lhs, let rhs, _) = e.kind, case .subscript(_, _, let rightBracket) = lhs.kind,
            case .call(_, let arguments, let rightParen) = rhs.kind,
            case .closure(let closure) = arguments[0].value.kind
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(rightBracket == at(1, 13))
        #expect(closure.rightBrace == at(3, 1))
        #expect(rightParen == at(3, 1))
        #expect(arguments[0].isTrailingClosure)
    }

    @Test func declarationNamePositions() throws {
        let cell = Parser.parse(
            "struct Point {\n  var x = 0\n  func move(by d: Int) {}\n}\nenum E { case north, south }")
        #expect(cell.errors.isEmpty)
        guard case .declaration(let point) = cell.statements[0].kind, case .nominal(let nominal) = point.kind else {
            Issue.record("not a struct")
            return
        }
        #expect(point.nameSpan == SourceSpan(start: at(1, 8), end: at(1, 13)))
        #expect(nominal.members[0].nameSpan == SourceSpan(start: at(2, 7), end: at(2, 8)))
        #expect(nominal.members[1].nameSpan == SourceSpan(start: at(3, 8), end: at(3, 12)))
        guard case .function(let move) = nominal.members[1].kind else {
            Issue.record("not a func")
            return
        }
        #expect(move.parameters[0].label == "by")
        #expect(move.parameters[0].name == "d")
        guard case .declaration(let e) = cell.statements[1].kind else {
            Issue.record("not an enum")
            return
        }
        #expect(e.nameSpan == SourceSpan(start: at(5, 6), end: at(5, 7)))
    }

    @Test func columnsCountCharacters() throws {
        let e = try #require(initializer("let s = \"é🙂\" + t"))
        guard case .binary(_, _, _, let operatorSpan) = e.kind else {
            Issue.record("not binary")
            return
        }
        #expect(operatorSpan.start == at(1, 14))
    }

    /// The initializer of the cell's single `let`.
    func initializer(_ source: String) -> Expr? {
        let cell = Parser.parse(source)
        guard cell.errors.isEmpty, case .declaration(let decl)? = cell.statements.first?.kind,
            case .variable(let variable) = decl.kind
        else { return nil }
        return variable.bindings.first?.initializer
    }
}
