// Expressions: a Pratt parser over the table in Precedence.swift, then prefix, postfix and
// primary forms (literals, collections, tuples, closures, calls, members, subscripts).

extension Parser {
    /// A full expression, ternary included. `context` completes "expected expression …".
    mutating func parseExpression(_ context: String = "") throws -> Expr {
        try parseBinary(minimumLevel: Precedence.ternary.level, context: context)
    }

    /// Whether `token` is written as a binary operator: whitespace on both sides or neither.
    func isBinaryForm(_ token: Token) -> Bool {
        token.kind == .operator && token.isLeftBound == token.isRightBound
    }

    /// Precedence climbing: parses operators binding at least as tightly as `minimumLevel`.
    mutating func parseBinary(minimumLevel: Int, context: String) throws -> Expr {
        try enterNesting()
        defer { depth -= 1 }
        var lhs = try parsePrefix(context: context)
        var lastNonAssociative: PrecedenceGroup?
        // Each operator deepens the tree by one level: count it against the nesting budget so
        // the tree stays shallow enough for recursive consumers.
        var grown = 0
        defer { depth -= grown }
        while isBinaryForm(current) {
            grown += 1
            try enterNesting()
            let opToken = current
            if opToken.text == "?" {
                guard Precedence.ternary.level >= minimumLevel else { break }
                advance()
                let whenTrue = try parseExpression("after '?'")
                guard isPunctuation(":") else { throw failure("expected ':' after the true branch of '? :'") }
                advance()
                let whenFalse = try parseBinary(minimumLevel: Precedence.ternary.level, context: "after ':'")
                lhs = Expr(.ternary(lhs, whenTrue, whenFalse), SourceSpan(start: lhs.span.start, end: whenFalse.span.end))
                continue
            }
            guard let op = BinaryOperator(rawValue: opToken.text) else {
                if AssignmentOperator(rawValue: opToken.text) != nil { break }
                if ["%=", "&=", "|=", "^=", "<<=", ">>="].contains(opToken.text) { break }  // reported by the statement
                throw failure("operator '\(opToken.text)' is not supported; supported operators are \(Precedence.supportedOperatorList)", at: opToken.span)
            }
            let group = Precedence.group(of: op)
            if group.level < minimumLevel { break }
            if group.associativity == .none, lastNonAssociative == group {
                throw failure("adjacent operators are in non-associative precedence group '\(group.name)'; expected parentheses around one of them", at: opToken.span)
            }
            advance()
            let next = group.associativity == .right ? group.level : group.level + 1
            let rhs = try parseBinary(minimumLevel: next, context: "after '\(opToken.text)'")
            lhs = Expr(.binary(op, lhs, rhs), SourceSpan(start: lhs.span.start, end: rhs.span.end))
            lastNonAssociative = group.associativity == .none ? group : nil
        }
        return lhs
    }

    /// `-x`, `+x`, `!x` (the operator touching its operand), else a postfix expression.
    mutating func parsePrefix(context: String) throws -> Expr {
        let token = current
        if token.kind == .operator {
            // `reduce(0, +)`, `sorted(by: <)`: an operator alone as an argument.
            let following = peek(1)
            if following.kind == .punctuation, following.text == ")" || following.text == "," {
                throw failure("operators cannot be passed as functions; write a closure such as '{ $0 \(token.text) $1 }'", at: token.span)
            }
            if !token.isRightBound {
                // `- x`: Swift requires a prefix operator to touch its operand.
                let operandFollows = peek(1).kind != .eof && !newlineBefore[min(index + 1, newlineBefore.count - 1)]
                if PrefixOperator(rawValue: token.text) != nil && !token.isLeftBound && operandFollows {
                    throw failure("expected the prefix operator '\(token.text)' to touch its operand (no space after it)", at: token.span)
                }
                throw failure("expected expression \(context)".trimmingTrailingSpace, at: errorSpan)
            }
            if token.text == "..<" || token.text == "..." {
                throw failure("one-sided ranges are not supported; expected 'a\(token.text)b'", at: token.span)
            }
            guard let op = PrefixOperator(rawValue: token.text) else {
                throw failure("prefix operator '\(token.text)' is not supported; supported prefix operators are - + !", at: token.span)
            }
            advance()
            try enterNesting()
            defer { depth -= 1 }
            let operand = try parsePrefix(context: "after '\(token.text)'")
            return Expr(.prefix(op, operand), SourceSpan(start: token.span.start, end: operand.span.end))
        }
        let primary = try parsePrimary(context: context)
        return try parsePostfix(primary)
    }

    /// Calls, subscripts, member access, tuple indices, `!` and trailing closures.
    mutating func parsePostfix(_ base: Expr) throws -> Expr {
        var expr = base
        var grown = 0
        defer { depth -= grown }
        while true {
            grown += 1
            try enterNesting()
            let token = current
            if token.kind == .punctuation && token.text == "(" && !atLineStart {
                let args = try parseArguments(close: ")", what: "arguments")
                if case let .implicitMember(name) = expr.kind {
                    expr = Expr(.implicitMemberCall(name, args), span(from: expr.span.start))
                } else {
                    expr = Expr(.call(expr, args), span(from: expr.span.start))
                }
            } else if token.kind == .punctuation && token.text == "[" && !atLineStart {
                let args = try parseArguments(close: "]", what: "subscript arguments")
                expr = Expr(.subscript(expr, args), span(from: expr.span.start))
            } else if token.kind == .punctuation && token.text == "." {
                advance()
                let member = current
                if member.kind == .integer, case let .int(i)? = member.literal {
                    advance()
                    expr = Expr(.tupleIndex(expr, i), span(from: expr.span.start))
                } else if member.kind == .identifier || member.kind == .keyword, !member.text.hasPrefix("$") {
                    advance()
                    expr = Expr(.member(expr, identifierName(member)), span(from: expr.span.start))
                } else {
                    throw failure("expected a member name or tuple index after '.'")
                }
            } else if token.kind == .operator && token.isLeftBound && token.text == "!" {
                advance()
                expr = Expr(.forceUnwrap(expr), span(from: expr.span.start))
            } else if token.kind == .operator && token.isLeftBound && token.text.hasPrefix("?") && !isBinaryForm(token) {
                throw failure("optional chaining ('?') is not supported; expected 'if let' or '!'", at: token.span)
            } else if token.kind == .operator && token.isLeftBound && !isBinaryForm(token) {
                throw failure("postfix operator '\(token.text)' is not supported; expected whitespace on both sides of a binary operator", at: token.span)
            } else if token.kind == .punctuation && token.text == "{" && allowsTrailingClosure && !atLineStart && acceptsTrailingClosure(expr) {
                let start = current.span.start
                let closure = try parseClosure()
                let argument = Argument(label: nil, value: closure, span: span(from: start), isTrailingClosure: true)
                switch expr.kind {
                case let .call(callee, args): expr = Expr(.call(callee, args + [argument]), span(from: expr.span.start))
                case let .implicitMemberCall(name, args): expr = Expr(.implicitMemberCall(name, args + [argument]), span(from: expr.span.start))
                case let .implicitMember(name): expr = Expr(.implicitMemberCall(name, [argument]), span(from: expr.span.start))
                default: expr = Expr(.call(expr, [argument]), span(from: expr.span.start))
                }
            } else {
                return expr
            }
        }
    }

    /// A trailing closure may follow a name, member, call or subscript (once).
    func acceptsTrailingClosure(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .identifier, .member, .subscript, .implicitMember, .superRef, .selfRef, .forceUnwrap: return true
        case let .call(_, args), let .implicitMemberCall(_, args): return !(args.last?.isTrailingClosure ?? false)
        default: return false
        }
    }

    /// `( … )` or `[ … ]` argument lists with optional `label:` before each value. The current
    /// token is the opening bracket.
    mutating func parseArguments(close: String, what: String) throws -> [Argument] {
        advance()
        let saved = allowsTrailingClosure
        allowsTrailingClosure = true
        defer { allowsTrailingClosure = saved }
        var arguments: [Argument] = []
        while !isPunctuation(close) {
            let start = current.span.start
            var label: String?
            if (current.kind == .identifier || current.kind == .keyword) && isPunctuation(":", 1) && !current.text.hasPrefix("$") {
                label = identifierName(advance())
                advance()
            }
            let value = try parseExpression(label.map { "after '\($0):'" } ?? "in \(what)")
            arguments.append(Argument(label: label, value: value, span: span(from: start)))
            if isPunctuation(",") { advance(); continue }
            guard isPunctuation(close) else { throw failure("expected '\(close)' after \(what)") }
        }
        advance()
        return arguments
    }

    // MARK: - Primary expressions

    mutating func parsePrimary(context: String) throws -> Expr {
        let token = current
        switch token.kind {
        case .integer:
            advance()
            if case let .int(v)? = token.literal { return Expr(.int(v), token.span) }
            return Expr(.int(0), token.span)
        case .double:
            advance()
            if case let .double(v)? = token.literal { return Expr(.double(v), token.span) }
            return Expr(.double(0), token.span)
        case .string:
            advance()
            return try stringExpression(token)
        case .identifier:
            advance()
            if token.text.hasPrefix("$") {
                guard let n = Int(token.text.dropFirst()) else {
                    throw failure("expected a closure argument such as '$0'", at: token.span)
                }
                return Expr(.anonymousClosureArgument(n), token.span)
            }
            if isOperator("<") && current.isLeftBound && current.isRightBound && looksLikeGenericArguments() {
                throw failure("generic arguments in expressions are not supported; expected '[Int]()' style literals or a builtin", at: current.span)
            }
            return Expr(.identifier(identifierName(token)), token.span)
        case .keyword:
            switch token.text {
            case "true": advance(); return Expr(.bool(true), token.span)
            case "false": advance(); return Expr(.bool(false), token.span)
            case "nil": advance(); return Expr(.nil, token.span)
            case "self": advance(); return Expr(.selfRef, token.span)
            case "super":
                advance()
                guard isPunctuation(".") else { throw failure("expected '.' after 'super' (as in 'super.init(…)')") }
                return Expr(.superRef, token.span)
            case "if", "switch":
                throw failure("'\(token.text)' expressions are not supported; expected an expression (use 'c ? a : b')", at: token.span)
            case "_":
                throw failure("'_' can only be used in a pattern or as '_ = value'; expected an expression", at: token.span)
            default:
                if let message = Self.unsupportedKeywordMessage(token.text) { throw failure(message, at: token.span) }
                throw failure("expected expression \(context)".trimmingTrailingSpace)
            }
        case .punctuation:
            switch token.text {
            case "(": return try parseParenthesized()
            case "[": return try parseCollection()
            case "{": return try parseClosure()
            case ".":
                advance()
                let member = current
                guard (member.kind == .identifier || member.kind == .keyword) && !atLineStart else {
                    throw failure("expected a member name after '.'")
                }
                advance()
                return Expr(.implicitMember(identifierName(member)), SourceSpan(start: token.span.start, end: member.span.end))
            case "#":
                throw failure("compiler directives ('#') are not supported; expected an expression", at: token.span)
            default:
                break
            }
        default:
            break
        }
        throw failure("expected expression \(context)".trimmingTrailingSpace)
    }

    /// Whether `<` at the cursor opens generic arguments (`Array<Int>(…)`, `Set<String>.init`)
    /// rather than a comparison: the types must parse and be followed by `(` or `.`.
    mutating func looksLikeGenericArguments() -> Bool {
        let saved = (index, errors.count, tokens, depth)
        defer { (index, tokens, depth) = (saved.0, saved.2, saved.3); errors.removeSubrange(saved.1...) }
        advance()
        do {
            repeat { _ = try parseType() } while isPunctuation(",") && { advance(); return true }()
            try expectClosingAngle()
        } catch { return false }
        return isPunctuation("(") || isPunctuation(".")
    }

    /// A string token's segments as an expression; interpolations are parsed from their tokens.
    mutating func stringExpression(_ token: Token) throws -> Expr {
        guard case let .string(segments)? = token.literal else { return Expr(.string([.literal(token.text)]), token.span) }
        var parts: [StringPart] = []
        var failed = false
        for segment in segments {
            switch segment {
            case let .literal(text):
                parts.append(.literal(text))
            case let .interpolation(tokens, span):
                let end = Token(kind: .eof, text: "", span: SourceSpan(start: span.end, end: span.end),
                                utf8Range: (tokens.last?.utf8Range.upperBound ?? 0)..<(tokens.last?.utf8Range.upperBound ?? 0))
                var inner = Parser(tokens: tokens + [end])
                inner.depth = depth
                do {
                    if inner.isAtEnd { throw inner.failure("expected an expression inside '\\( )'", at: span) }
                    let expr = try inner.parseExpression("in string interpolation")
                    if !inner.isAtEnd { throw inner.failure("expected ')' after the interpolated expression", at: inner.current.span) }
                    parts.append(.interpolation(expr))
                } catch {
                    failed = true
                }
                errors += inner.errors
            }
        }
        if failed { throw ParseFailure() }
        return Expr(.string(parts), token.span)
    }

    /// `()`, `(e)` (grouping), `(a, b)`, `(x: 1, y: 2)`.
    mutating func parseParenthesized() throws -> Expr {
        let open = advance()
        let saved = allowsTrailingClosure
        allowsTrailingClosure = true
        defer { allowsTrailingClosure = saved }
        var elements: [TupleElement] = []
        while !isPunctuation(")") {
            var label: String?
            if current.kind == .identifier && isPunctuation(":", 1) && !current.text.hasPrefix("$") {
                label = identifierName(advance())
                advance()
            }
            let value = try parseExpression(label.map { "after '\($0):'" } ?? "after '('")
            elements.append(TupleElement(label: label, value: value))
            if isPunctuation(",") { advance(); continue }
            guard isPunctuation(")") else {
                throw failure(elements.count == 1 && label == nil ? "expected ')' after expression" : "expected ')' after tuple elements")
            }
        }
        advance()
        let span = SourceSpan(start: open.span.start, end: previousEnd)
        if elements.count == 1, elements[0].label == nil { return Expr(elements[0].value.kind, span) }
        return Expr(.tuple(elements), span)
    }

    /// `[]`, `[a, b]`, `[:]`, `[k: v, …]`.
    mutating func parseCollection() throws -> Expr {
        let open = advance()
        let saved = allowsTrailingClosure
        allowsTrailingClosure = true
        defer { allowsTrailingClosure = saved }
        if isPunctuation(":") && isPunctuation("]", 1) {
            advance(); advance()
            return Expr(.dictionary([]), span(from: open.span.start))
        }
        if isPunctuation("]") {
            advance()
            return Expr(.array([]), span(from: open.span.start))
        }
        let first = try parseExpression("after '['")
        if isPunctuation(":") {
            advance()
            var entries = [DictionaryEntry(key: first, value: try parseExpression("after ':' in the dictionary literal"))]
            while isPunctuation(",") {
                advance()
                if isPunctuation("]") { break }
                let key = try parseExpression("as a dictionary key")
                try expect(":", "expected ':' after the dictionary key")
                entries.append(DictionaryEntry(key: key, value: try parseExpression("after ':' in the dictionary literal")))
            }
            try expect("]", "expected ']' after the dictionary entries")
            return Expr(.dictionary(entries), span(from: open.span.start))
        }
        var elements = [first]
        while isPunctuation(",") {
            advance()
            if isPunctuation("]") { break }
            elements.append(try parseExpression("as an array element"))
        }
        try expect("]", "expected ']' after the array elements")
        return Expr(.array(elements), span(from: open.span.start))
    }

    // MARK: - Closures

    /// `{ a, b in … }`, `{ (a: Int, b) -> Int in … }` or `{ $0 * 2 }`.
    mutating func parseClosure() throws -> Expr {
        let open = advance()
        try enterNesting()
        defer { depth -= 1 }
        let saved = allowsTrailingClosure
        allowsTrailingClosure = true
        defer { allowsTrailingClosure = saved }
        if isPunctuation("[") {
            // `{ [weak self] in … }`: report the capture list, then carry on without it.
            var ahead = index + 1
            while ahead < tokens.count - 1, !(tokens[ahead].kind == .punctuation && ["]", "{", "}"].contains(tokens[ahead].text)) { ahead += 1 }
            let next = tokens[min(ahead + 1, tokens.count - 1)]
            if tokens[ahead].text == "]" && (next.kind == .keyword && next.text == "in" || next.kind == .punctuation && next.text == "(") {
                _ = failure("closure capture lists ('[weak self]') are not supported; expected parameters or the closure body", at: current.span)
                index = ahead + 1
            }
        }
        let signature = attempt { parser -> (parameters: [ClosureParameter], returnType: TypeRef?)? in
            try parser.parseClosureSignature()
        }
        let body = parseStatements(insideBraces: true)
        try expect("}", "expected '}' to close the closure opened at \(open.span.start)")
        let closure = Closure(parameters: signature?.parameters ?? [], returnType: signature?.returnType, body: body)
        return Expr(.closure(closure), span(from: open.span.start))
    }

    /// Parameters, optional `-> Type`, and `in`; returns nil when the closure has no signature.
    mutating func parseClosureSignature() throws -> (parameters: [ClosureParameter], returnType: TypeRef?)? {
        var parameters: [ClosureParameter] = []
        if isKeyword("in") {  // only reachable after a reported capture list
            advance()
            return ([], nil)
        }
        if isPunctuation("(") {
            advance()
            while !isPunctuation(")") {
                guard let name = closureParameterName() else { return nil }
                var type: TypeRef?
                if isPunctuation(":") {
                    advance()
                    type = try parseType()
                }
                parameters.append(ClosureParameter(name: name, type: type))
                if isPunctuation(",") { advance(); continue }
                guard isPunctuation(")") else { return nil }
            }
            advance()
        } else {
            repeat {
                guard let name = closureParameterName() else { return nil }
                parameters.append(ClosureParameter(name: name, type: nil))
            } while isPunctuation(",") && { advance(); return true }()
        }
        var returnType: TypeRef?
        if isPunctuation("->") {
            advance()
            returnType = try parseType()
        }
        guard isKeyword("in") else { return nil }
        advance()
        return (parameters, returnType)
    }

    /// A closure parameter name: `.some(name)`, `.some(nil)` for `_`, or nil if not a name.
    mutating func closureParameterName() -> String?? {
        if isKeyword("_") { advance(); return .some(nil) }
        if current.kind == .identifier && !current.text.hasPrefix("$") { return .some(identifierName(advance())) }
        return nil
    }
}

extension String {
    var trimmingTrailingSpace: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
