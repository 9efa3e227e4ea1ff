// Visiting the direct subexpressions of an expression, and the expressions of a statement (for
// the few questions asked of the AST before checking, such as how many `$n` a closure uses).

import CellSyntax

func forEachChild(of e: Expr, _ visit: (Expr) -> Void) {
    switch e.kind {
    case .array(let xs): xs.forEach(visit)
    case .dictionary(let entries):
        entries.forEach {
            visit($0.key)
            visit($0.value)
        }
    case .tuple(let elements): elements.forEach { visit($0.value) }
    case .paren(let x), .prefix(_, let x, _), .postfix(_, let x, _), .forceUnwrap(let x, _),
        .bindOptional(let x, _),
        .optionalEvaluation(let x), .try(_, let x), .cast(let x, _, _, _), .isType(let x, _, _),
        .inoutArgument(let x),
        .member(let x, _, _, _, _), .tupleIndex(let x, _, _):
        visit(x)
    case .binary(_, let a, let b, _), .assignment(_, let a, let b, _):
        visit(a)
        visit(b)
    case .ternary(let a, let b, let c, _):
        visit(a)
        visit(b)
        visit(c)
    case .call(let f, let args, _), .subscript(let f, let args, _):
        visit(f)
        args.forEach { visit($0.value) }
    case .stringLiteral(let parts):
        for case .interpolation(let args, _) in parts { args.forEach { visit($0.value) } }
    default: break
    }
}

/// The expressions directly in a statement (not inside nested closures' statements).
func forEachExpression(in s: Stmt, _ visit: (Expr) -> Void) {
    switch s.kind {
    case .expression(let e), .return(let e?), .throw(let e): visit(e)
    case .if(let i):
        for case .expression(let e) in i.conditions { visit(e) }
        i.then.forEach { forEachExpression(in: $0, visit) }
    case .declaration(let d):
        if case .variable(let v) = d.kind {
            v.bindings.forEach { if let e = $0.initializer { visit(e) } }
        }
    default: break
    }
}
