// Error handling, as swiftc checks it: a call that can throw is marked with `try`, and an error
// raised by a call or a `throw` is handled, by a `do` whose catches catch everything, by `try?`
// or `try!`, or by leaving a throwing function, a closure (which then throws) or a cell's top
// level (as in a script). A `rethrows` call throws only when a function argument does.

import CellSyntax

extension Checker {
    /// Whether an error raised here leaves the current body without being handled inside it.
    private var errorLeavesUnhandled: Bool {
        let f = function
        return f.catchAllDepth == 0 && !(f.throwing || f.isTopLevel || f.isClosure)
    }

    /// Records that an error raised here leaves the body (a closure that does is throwing).
    private func noteErrorLeaves() {
        if function.catchAllDepth == 0 { function.throwsOut = true }
    }

    /// `throw e`
    func checkErrorHandling(ofThrowAt position: SourcePosition) {
        if errorLeavesUnhandled {
            error(
                function.partialCatchDepth > 0
                    ? "error is not handled because the enclosing catch is not exhaustive"
                    : "error is not handled because the enclosing function is not declared 'throws'",
                at: position)
            return
        }
        noteErrorLeaves()
    }

    /// A call expression: when it can throw, it needs a `try` and a handler.
    func checkErrorHandling(ofCall call: TExpr, at position: SourcePosition) {
        guard callThrows(call) else { return }
        let tries = function.openTries
        guard let innermost = tries.last else {
            error(
                errorLeavesUnhandled
                    ? "call can throw, but it is not marked with 'try' and the error is not handled"
                    : "call can throw but is not marked with 'try'",
                at: position)
            return
        }
        // `try?` and `try!` handle the error themselves.
        if tries.contains(where: { $0.kind != .plain }) { return }
        if errorLeavesUnhandled {
            let message =
                function.partialCatchDepth > 0
                ? "errors thrown from here are not handled because the enclosing catch is not exhaustive"
                : "errors thrown from here are not handled"
            if !diagnostics.contains(Diagnostic(message: message, position: innermost.position)) {
                error(message, at: innermost.position)
            }
            return
        }
        noteErrorLeaves()
    }

    /// Whether a typed call can throw: its function throws (a `rethrows` one only when a
    /// function argument throws), or the function value called has a throwing type.
    func callThrows(_ call: TExpr) -> Bool {
        if call.type.isError { return false }
        switch call.kind {
        case .call(let fn, _, let args, _), .superCall(let fn, _, let args), .virtualCall(let fn, _, let args):
            return fn.throwing && (!fn.isRethrows || args.contains(where: argumentThrows))
        case .callValue(let f, _):
            if case .function(let type) = f.type.resolved { return type.throwing }
            return false
        case .assign(_, let value):
            return callThrows(value)
        default:
            return false
        }
    }

    /// Whether a function passed to a `rethrows` parameter throws: a closure whose errors leave
    /// it, or a function (value) of throwing type.
    private func argumentThrows(_ arg: TExpr) -> Bool {
        switch arg.kind {
        case .closure(let info): return info.context.throwsOut
        case .error: return false
        case .functionReference(let fn, _), .methodReference(let fn, _, _): return fn.throwing && !fn.isRethrows
        default:
            if case .function(let type) = arg.type.resolved { return type.throwing }
            return false
        }
    }

    /// The body of a `do`: inside it, errors are caught when one of its catches catches every
    /// error (no pattern, or a pattern that only binds, and no `where`); some of them otherwise.
    func withCatches<T>(_ catches: [CatchClause], _ body: () -> T) -> T {
        if catches.isEmpty { return body() }
        func catchesAll(_ p: Pattern?) -> Bool {
            guard let p else { return true }
            switch p.kind {
            case .wildcard, .binding: return true
            case .valueBinding(_, let inner): return catchesAll(inner)
            default: return false
            }
        }
        let all = catches.contains { $0.whereClause == nil && catchesAll($0.pattern) }
        let context = function
        if all { context.catchAllDepth += 1 } else { context.partialCatchDepth += 1 }
        defer { if all { context.catchAllDepth -= 1 } else { context.partialCatchDepth -= 1 } }
        return body()
    }
}
