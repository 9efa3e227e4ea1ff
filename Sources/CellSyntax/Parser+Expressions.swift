// Expressions: precedence climbing over the operator table (Precedence.swift), then prefix,
// postfix and primary forms (literals, collections, tuples, closures, calls, members,
// subscripts, optional chains, casts, `if`/`switch` expressions).

extension Parser {
    /// A full expression: assignment, ternary, casts and every infix operator.
    mutating func parseExpression() throws -> Expr {
        try parseBinary(minimumLevel: 0)
    }

    /// Precedence climbing: parses a prefix expression, then infix operators binding at least
    /// as tightly as `minimumLevel`.
    mutating func parseBinary(minimumLevel: Double, startingWith first: Expr? = nil) throws -> Expr {
        try enterNesting()
        defer { depth -= 1 }
        var lhs = try first ?? parseUnary(minimumLevel: minimumLevel)
        var lastNonAssociative: String?
        while true {
            let token = current
            let level: Double
            if token.isOperator("?") && !token.isLeftBound {
                // The ternary `c ? a : b`.
                level = 20
                guard level >= minimumLevel else { break }
                advance()
                guard startsExpression(current) else {
                    throw failure("expected expression after '?' in ternary expression")
                }
                let whenTrue = try parseExpression()
                guard isPunctuation(":") else {
                    throw failure("expected ':' after '? ...' in ternary expression", at: token.span)
                }
                advance()
                guard startsExpression(current) else {
                    throw failure("expected expression after '? ... :' in ternary expression")
                }
                let whenFalse = try parseBinary(minimumLevel: level)
                lhs = Expr(
                    .ternary(lhs, whenTrue, whenFalse, questionSpan: token.span), lhs.span.through(whenFalse.span))
                lastNonAssociative = nil
            } else if token.isPunctuation("=") {
                level = 10
                guard level >= minimumLevel else { break }
                advance()
                guard startsExpression(current) else { throw failure("expected expression in assignment") }
                let value = try parseBinary(minimumLevel: level)
                lhs = Expr(
                    .assignment(op: "=", target: lhs, value: value, operatorSpan: token.span),
                    lhs.span.through(value.span))
                lastNonAssociative = nil
            } else if token.isKeyword("is") || token.isKeyword("as") {
                level = 65
                guard level >= minimumLevel else { break }
                advance()
                if token.text == "is" {
                    let type = try parseType("expected type after 'is'")
                    lhs = Expr(.isType(lhs, type, keywordSpan: token.span), lhs.span.through(type.span))
                } else {
                    var kind = CastKind.coerce
                    var keywordSpan = token.span
                    if current.kind == .operator && current.isLeftBound && (current.text == "?" || current.text == "!")
                    {
                        kind = current.text == "?" ? .conditional : .forced
                        keywordSpan = token.span.through(advance().span)
                    }
                    let type = try parseType("expected type after 'as'")
                    lhs = Expr(.cast(lhs, kind, type, keywordSpan: keywordSpan), lhs.span.through(type.span))
                }
            } else if token.kind == .operator && token.isInfixForm {
                let group = operators.group(ofInfix: token.text)
                guard group.level >= minimumLevel else { break }
                if group.associativity == .none, lastNonAssociative == group.name, operators.isInfix(token.text) {
                    throw failure(
                        "adjacent operators are in non-associative precedence group '\(group.name)'", at: token.span)
                }
                advance()
                guard startsExpression(current) else { throw failure("expected expression after operator") }
                let next = group.associativity == .right ? group.level : group.level.nextUp
                let rhs = try parseBinary(minimumLevel: next)
                if group.isAssignment {
                    lhs = Expr(
                        .assignment(op: token.text, target: lhs, value: rhs, operatorSpan: token.span),
                        lhs.span.through(rhs.span))
                } else {
                    lhs = Expr(.binary(op: token.text, lhs, rhs, operatorSpan: token.span), lhs.span.through(rhs.span))
                }
                lastNonAssociative = group.associativity == .none ? group.name : nil
            } else {
                break
            }
        }
        return lhs
    }

    /// `try e`, `-x`, `!b`, `&x`, `..<5`, an operator used as a value, else a postfix
    /// expression.
    mutating func parseUnary(minimumLevel: Double = 0) throws -> Expr {
        let token = current
        if token.isKeyword("try") {
            advance()
            var kind = TryKind.plain
            if current.kind == .operator && current.isLeftBound && (current.text == "?" || current.text == "!") {
                kind = advance().text == "?" ? .optional : .forced
            }
            let operand = try parseBinary(minimumLevel: max(minimumLevel, 10.0.nextUp))
            return Expr(.try(kind, operand), span(from: token.span.start))
        }
        if token.isIdentifier("await") && !peek().newlineBefore && startsExpression(peek()) {
            advance()
            return try parseUnary(minimumLevel: minimumLevel)
        }
        if token.kind == .operator {
            // `reduce(0, +)`, `sorted(by: >)`: an operator alone is a function value.
            // Not after another operator: `a - -)` lacks an operand.
            let following = peek()
            let previous = index > 0 ? tokens[index - 1] : nil
            if following.isPunctuation(")") || following.isPunctuation(",") || following.isPunctuation("]"),
                previous?.kind != .operator
            {
                advance()
                return Expr(.identifier(token.text, genericArguments: []), token.span)
            }
            if token.isPrefixForm || (!token.isLeftBound && !token.isRightBound && token.text != "?") {
                guard startsExpression(following) && !following.newlineBefore else {
                    throw failure("expected expression after unary operator")
                }
                if !token.isPrefixForm {
                    record("unary operator cannot be separated from its operand", at: SourceSpan(at: token.span.start))
                }
                advance()
                try enterNesting()
                defer { depth -= 1 }
                let operand = try parseUnary()
                if token.text == "&" {
                    return Expr(.inoutArgument(operand), span(from: token.span.start))
                }
                return Expr(.prefix(op: token.text, operand, operatorSpan: token.span), span(from: token.span.start))
            }
        }
        let primary = try parsePrimary()
        return try parsePostfix(primary)
    }

    /// Whether `token` can start an expression (for `await x` and `return x`).
    func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .integerLiteral, .floatLiteral, .stringLiteral: return true
        case .operator: return token.text != "?"
        case .keyword:
            return ["true", "false", "nil", "self", "Self", "super", "try", "if", "switch", "_", "init"].contains(
                token.text)
        case .punctuation: return ["(", "[", "{", ".", "\\"].contains(token.text)
        case .poundKeyword: return true
        case .eof: return false
        }
    }

    // MARK: - Postfix forms

    /// Calls, subscripts, members, tuple indices, `!`, optional chains (`?`), postfix
    /// operators and trailing closures.
    mutating func parsePostfix(_ base: Expr) throws -> Expr {
        var expr = base
        var chained = false
        while true {
            let token = current
            if token.isPunctuation("(") && !token.newlineBefore {
                let (arguments, close) = try parseArguments(close: ")")
                expr = Expr(.call(expr, arguments, rightParen: close), span(from: expr.span.start))
            } else if token.isPunctuation("[") && !token.newlineBefore {
                let (arguments, close) = try parseArguments(close: "]")
                expr = Expr(.subscript(expr, arguments, rightBracket: close), span(from: expr.span.start))
            } else if token.isPunctuation(".") {
                advance()
                let name = current
                let isName = name.kind == .identifier || name.kind == .keyword || name.kind == .integerLiteral
                if isName && token.isLeftBound && !name.newlineBefore && name.span.start != token.span.end {
                    // `x. y` (but `a . b`, spaced on both sides, is accepted by swiftc).
                    record("extraneous whitespace after '.' is not permitted", at: SourceSpan(at: token.span.start))
                }
                if name.kind == .integerLiteral, let i = Int(name.text), !name.newlineBefore {
                    advance()
                    expr = Expr(.tupleIndex(expr, i, nameSpan: name.span), span(from: expr.span.start))
                } else if (name.kind == .identifier || name.kind == .keyword) && !name.newlineBefore {
                    advance()
                    let labels = parseArgumentLabelsIfPresent()
                    var arguments: [TypeRef] = []
                    if current.kind == .operator && current.text.hasPrefix("<") && canParseAsGenericArgumentList() {
                        arguments = try parseGenericArgumentsIfPresent()
                    }
                    expr = Expr(
                        .member(
                            expr, name: name.text + labels, nameSpan: name.span, dot: token.span.start,
                            genericArguments: arguments),
                        span(from: expr.span.start))
                } else {
                    if name.span.start != token.span.end && !name.newlineBefore && !isAtEnd {
                        throw failure(
                            "extraneous whitespace after '.' is not permitted", at: SourceSpan(at: token.span.start))
                    }
                    throw failure(
                        "expected member name following '.'",
                        at: SourceSpan(at: isAtEnd || atLineStart ? token.span.start : current.span.start))
                }
            } else if token.isOperator("!") && token.isLeftBound {
                advance()
                expr = Expr(.forceUnwrap(expr, bangSpan: token.span), span(from: expr.span.start))
            } else if token.isOperator("?") && token.isLeftBound {
                advance()
                expr = Expr(.bindOptional(expr, questionSpan: token.span), span(from: expr.span.start))
                chained = true
            } else if token.kind == .operator && token.isPostfixForm {
                advance()
                expr = Expr(.postfix(op: token.text, expr, operatorSpan: token.span), span(from: expr.span.start))
            } else if token.isPunctuation("{") && acceptsTrailingClosure(expr)
                && !startsAccessorBlock() && (allowsTrailingClosure || isTrailingClosureInCondition())
            {
                expr = try parseTrailingClosures(after: expr)
            } else {
                break
            }
        }
        if chained { expr = Expr(.optionalEvaluation(expr), expr.span) }
        return expr
    }

    /// Whether a trailing closure may follow `expr` (names, members, calls and subscripts).
    /// swiftc takes a `{` after any postfix expression as a trailing closure; literals are
    /// left out (`"a" { … }` is never meant), and a call takes one set of trailing closures.
    func acceptsTrailingClosure(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .integerLiteral, .floatLiteral, .stringLiteral, .booleanLiteral, .nilLiteral: return false
        case .call(_, let arguments, _): return !(arguments.last?.isTrailingClosure ?? false)
        default: return true
        }
    }

    /// swiftc's recovery rule for a `{` in a condition (`for x in xs.filter { $0 > 1 } {`): it
    /// is a trailing closure when its first token is on the same line and the matching `}` is
    /// followed by `{`, `where` or `,` (the checker then asks for parentheses, as swiftc does).
    func isTrailingClosureInCondition() -> Bool {
        guard !peek().newlineBefore else { return false }
        var i = 1
        var nesting = 1
        while true {
            let t = peek(i)
            if t.kind == .eof { return false }
            if t.isPunctuation("{") { nesting += 1 }
            if t.isPunctuation("}") {
                nesting -= 1
                if nesting == 0 { break }
            }
            i += 1
        }
        let after = peek(i + 1)
        return after.isPunctuation("{") || after.isKeyword("where") || after.isPunctuation(",")
    }

    /// `{ willSet` / `{ didSet` / `{ get` after a variable's initializer: an accessor block,
    /// not a trailing closure.
    func startsAccessorBlock() -> Bool {
        let next = peek()
        guard next.kind == .identifier, !next.isEscaped else { return false }
        guard ["willSet", "didSet"].contains(next.text) else { return false }
        return peek(2).isPunctuation("{") || peek(2).isPunctuation("(") || peek(2).isPunctuation("}")
            || peek(2).newlineBefore
    }

    /// `f { … }`, `f(x) { … }`, `f { … } label: { … }`: the closures become the last arguments.
    mutating func parseTrailingClosures(after callee: Expr) throws -> Expr {
        var closures: [Argument] = []
        let first = try parseClosure()
        closures.append(Argument(label: nil, value: first, span: first.span, isTrailingClosure: true))
        var end = first
        while (current.kind == .identifier || current.kind == .keyword) && peek().isPunctuation(":")
            && peek(2).isPunctuation("{")
        {
            let label = advance()
            advance()
            let closure = try parseClosure()
            closures.append(
                Argument(
                    label: label.text == "_" ? nil : label.text, labelSpan: label.span, value: closure,
                    span: label.span.through(closure.span), isTrailingClosure: true))
            end = closure
        }
        var rightBrace = end.span.end
        if case .closure(let c) = end.kind { rightBrace = c.rightBrace }
        if case .call(let function, let arguments, _) = callee.kind {
            return Expr(.call(function, arguments + closures, rightParen: rightBrace), span(from: callee.span.start))
        }
        return Expr(.call(callee, closures, rightParen: rightBrace), span(from: callee.span.start))
    }

    /// `( … )` or `[ … ]` argument lists with optional `label:` before each value; the current
    /// token is the opening bracket. Returns the arguments and the closing bracket's position.
    mutating func parseArguments(close: String) throws -> ([Argument], SourcePosition) {
        advance()
        return try with(trailingClosures: true) { parser in
            var arguments: [Argument] = []
            while !parser.isPunctuation(close) {
                arguments.append(try parser.parseArgument())
                if parser.consume(",") == nil { break }
            }
            try parser.expectListEnd(close, "expected '\(close)' in expression list")
            return (arguments, parser.advance().span.start)
        }
    }

    /// One argument: `label: value` or `value`.
    mutating func parseArgument() throws -> Argument {
        let start = current.span.start
        var label: String?
        var labelSpan: SourceSpan?
        if (current.kind == .identifier || current.kind == .keyword) && peek().isPunctuation(":")
            && !current.text.hasPrefix("$")
        {
            let token = advance()
            label = token.text
            labelSpan = token.span
            advance()
        }
        if label == nil && isPunctuation(",") { throw failure("unexpected ',' separator") }
        if label == nil && isPunctuation(":") { throw failure("expected argument label before colon") }
        guard startsExpression(current) else { throw failure("expected expression in list of expressions") }
        let value = try parseExpression()
        return Argument(label: label, labelSpan: labelSpan, value: value, span: span(from: start))
    }

    /// At the end of a bracketed list: the closing token must come next. swiftc reports
    /// "expected ',' separator" when another element seems to follow on the same line, and
    /// "expected ')' in …" when the line or the cell ended.
    mutating func expectListEnd(_ close: String, _ message: String, at position: SourceSpan? = nil) throws {
        guard !isPunctuation(close) else { return }
        if !isAtEnd && !(atLineStart && (startsDeclaration() || startsStatementKeyword() || isPunctuation("}"))) {
            throw failure("expected ',' separator", at: missingTokenSpan)
        }
        throw failure(message, at: position ?? SourceSpan(at: current.span.start))
    }

    // MARK: - Primary expressions

    mutating func parsePrimary() throws -> Expr {
        let token = current
        switch token.kind {
        case .integerLiteral:
            advance()
            return Expr(.integerLiteral(token.text), token.span)
        case .floatLiteral:
            advance()
            return Expr(.floatLiteral(token.text), token.span)
        case .stringLiteral:
            advance()
            return stringExpression(token)
        case .identifier:
            if token.text == "$" && !token.isEscaped {
                throw failure("'$' is not an identifier; use backticks to escape it")
            }
            if token.text.hasPrefix("$") && !token.isEscaped, let n = Int(token.text.dropFirst()) {
                advance()
                return Expr(.anonymousClosureArgument(n), token.span)
            }
            if let type = typeInExpressionPosition() { return type }
            advance()
            let labels = parseArgumentLabelsIfPresent()
            if !labels.isEmpty {
                return Expr(.identifier(token.text + labels, genericArguments: []), span(from: token.span.start))
            }
            var arguments: [TypeRef] = []
            if current.kind == .operator && current.text.hasPrefix("<") && canParseAsGenericArgumentList() {
                arguments = try parseGenericArgumentsIfPresent()
            }
            return Expr(.identifier(token.text, genericArguments: arguments), span(from: token.span.start))
        case .keyword:
            switch token.text {
            case "true", "false":
                advance()
                return Expr(.booleanLiteral(token.text == "true"), token.span)
            case "nil":
                advance()
                return Expr(.nilLiteral, token.span)
            case "self":
                advance()
                return Expr(.selfRef, token.span)
            case "Self":
                if let type = typeInExpressionPosition() { return type }
                advance()
                return Expr(.identifier("Self", genericArguments: []), token.span)
            case "super":
                advance()
                return Expr(.superRef, token.span)
            case "_":
                advance()
                return Expr(.discard, token.span)
            case "if":
                let statement = try parseIf()
                return Expr(.ifExpression(statement), span(from: token.span.start))
            case "switch":
                let statement = try parseSwitch()
                return Expr(.switchExpression(statement), span(from: token.span.start))
            case "init":
                advance()
                return Expr(.identifier("init", genericArguments: []), token.span)
            default:
                throw failure("expected expression")
            }
        case .punctuation:
            switch token.text {
            case "(":
                if let type = typeInExpressionPosition() { return type }
                return try parseParenthesized()
            case "[":
                if let type = typeInExpressionPosition() { return type }
                return try parseCollection()
            case "{":
                return try parseClosure()
            case ".":
                advance()
                let name = current
                guard (name.kind == .identifier || name.kind == .keyword) && !name.newlineBefore else {
                    throw failure("expected identifier after '.' expression")
                }
                advance()
                if name.text == "$" && !name.isEscaped {
                    throw failure("'$' is not an identifier; use backticks to escape it", at: name.span)
                }
                let labels = parseArgumentLabelsIfPresent()
                return Expr(.implicitMember(name.text + labels, nameSpan: name.span), span(from: token.span.start))
            case "\\":
                return try parseKeyPath()
            default:
                throw failure("expected expression")
            }
        case .poundKeyword:
            advance()
            switch token.text {
            case "#line": return Expr(.integerLiteral(String(token.span.start.line)), token.span)
            case "#column": return Expr(.integerLiteral(String(token.span.start.column)), token.span)
            case "#file", "#filePath", "#fileID", "#function":
                return Expr(.stringLiteral([.literal("cell")]), token.span)
            default:
                throw failure("expected expression", at: token.span)
            }
        case .operator, .eof:
            throw failure("expected expression")
        }
    }

    /// `(rawValue:)`, `(_:_:)` directly after a name: a function named by its argument labels
    /// (`Size.init(rawValue:)`, `max(_:_:)`). Returns the labels as written (`"(rawValue:)"`),
    /// appended to the name in the tree, or "" (consuming nothing) when this is not such a list.
    mutating func parseArgumentLabelsIfPresent() -> String {
        guard isPunctuation("("), current.isLeftBound, !current.newlineBefore else { return "" }
        var i = 1
        var labels = "("
        while true {
            let t = peek(i)
            if t.isPunctuation(")") { break }
            guard t.kind == .identifier || t.kind == .keyword, peek(i + 1).isPunctuation(":"),
                peek(i + 1).isLeftBound
            else { return "" }
            labels += t.text + ":"
            i += 2
        }
        guard i > 1 else { return "" }
        for _ in 0...i { advance() }
        return labels + ")"
    }

    /// A type written where an expression is expected and which can only be a type:
    /// `[Int]()`, `[String: Int]()`, `[Point].self`, `Int?.none`, `(Int, Int).self`. Returns nil
    /// (consuming nothing) otherwise.
    mutating func typeInExpressionPosition() -> Expr? {
        let token = current
        let isBracket = token.isPunctuation("[") || token.isPunctuation("(")
        if isBracket {
            // Cheap test first: the matching bracket must be followed by `(` or `.`.
            guard let close = matchingBracket(), close + 1 < tokens.count else { return nil }
            let after = tokens[close + 1]
            if token.isPunctuation("(") {
                guard after.isPunctuation("."), close + 2 < tokens.count,
                    tokens[close + 2].text == "self" || tokens[close + 2].text == "Type"
                else { return nil }
            } else {
                guard (after.isPunctuation("(") && !after.newlineBefore) || after.isPunctuation(".") else { return nil }
            }
        } else {
            // Only `Name?.member` / `Name!.member` with a capitalised name (a value would be
            // written in lower camel case): `Int?.none`.
            guard token.text.first?.isUppercase ?? false else { return nil }
            let next = peek()
            if next.kind == .operator && next.text.hasPrefix("<") {
                // `Array<Int>?.none` is rare; generic names are handled by the identifier path.
                return nil
            }
            guard next.kind == .operator && next.isLeftBound && (next.text == "?" || next.text == "!"),
                peek(2).isPunctuation(".")
            else { return nil }
        }
        return attempt { parser -> Expr? in
            let type = try parser.parseType()
            if token.isPunctuation("(") {
                // `(Int, Int).self`: only a member `self`/`Type` after a tuple of type names.
                guard case .tuple = type.kind, parser.isPunctuation("."),
                    parser.peek().text == "self" || parser.peek().text == "Type",
                    Self.looksLikeTypeName(type)
                else { return nil }
                return Expr(.type(type), type.span)
            }
            let next = parser.current
            if next.isPunctuation("(") && !next.newlineBefore && token.isPunctuation("[") {
                return Expr(.type(type), type.span)
            }
            if next.isPunctuation(".") && (parser.peek().kind == .identifier || parser.peek().kind == .keyword),
                Self.looksLikeTypeName(type)
            {
                return Expr(.type(type), type.span)
            }
            return nil
        }
    }

    /// The index of the token closing the bracket at the cursor (nil when unbalanced).
    func matchingBracket() -> Int? {
        var nesting = 0
        var i = index
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .eof { return nil }
            if t.kind == .punctuation {
                if t.text == "(" || t.text == "[" || t.text == "{" { nesting += 1 }
                if t.text == ")" || t.text == "]" || t.text == "}" {
                    nesting -= 1
                    if nesting == 0 { return i }
                }
            }
            i += 1
        }
        return nil
    }

    /// Whether every name in `type` is capitalised (`Int`, `[String: Point]`), as type names
    /// are and variables are not.
    static func looksLikeTypeName(_ type: TypeRef) -> Bool {
        switch type.kind {
        case .named(let name, let arguments):
            return (name.first?.isUppercase ?? false) && arguments.allSatisfy(looksLikeTypeName)
        case .nested(let base, _, _): return looksLikeTypeName(base)
        case .array(let element): return looksLikeTypeName(element)
        case .dictionary(let key, let value): return looksLikeTypeName(key) && looksLikeTypeName(value)
        case .optional(let wrapped), .implicitlyUnwrappedOptional(let wrapped): return looksLikeTypeName(wrapped)
        case .tuple(let elements): return elements.allSatisfy { looksLikeTypeName($0.type) }
        case .function, .composition, .existential, .opaque, .metatype: return true
        }
    }

    /// swiftc's rule for `<` after a name: generic arguments if they parse, close with `>`,
    /// and the next token is one of `( ) [ ] { } , ; : .`, `?`/`!` postfix, `==`, `&`, or a
    /// new line or the end of the cell.
    mutating func canParseAsGenericArgumentList() -> Bool {
        lookahead { parser in
            guard !(try parser.parseGenericArgumentsIfPresent()).isEmpty else { return false }
            let t = parser.current
            if t.kind == .eof || t.newlineBefore { return true }
            switch t.kind {
            case .punctuation:
                return ["(", ")", "[", "]", "{", "}", ",", ";", ":", "."].contains(t.text)
            case .operator:
                if t.isLeftBound && !t.isRightBound && (t.text == "?" || t.text == "!") { return true }
                if t.isLeftBound && (t.text == "?" || t.text == "!") { return true }
                return t.text == "==" || (t.text == "&" && t.isInfixForm)
            default:
                return false
            }
        }
    }

    /// `(e)`, `(a, b)`, `(x: 1, y: 2)`, `()`.
    mutating func parseParenthesized() throws -> Expr {
        let open = advance()
        return try with(trailingClosures: true) { parser in
            var elements: [TupleElement] = []
            var trailingComma = false
            while !parser.isPunctuation(")") {
                trailingComma = false
                var label: String?
                if (parser.current.kind == .identifier || parser.current.kind == .keyword)
                    && parser.peek().isPunctuation(":")
                {
                    label = parser.advance().text
                    parser.advance()
                }
                if label == nil && parser.isPunctuation(",") { throw parser.failure("unexpected ',' separator") }
                if label == nil && parser.isPunctuation(":") {
                    throw parser.failure("expected argument label before colon")
                }
                guard parser.startsExpression(parser.current) else {
                    throw parser.failure("expected expression in list of expressions")
                }
                elements.append(TupleElement(label: label, value: try parser.parseExpression()))
                if parser.consume(",") == nil { break }
                trailingComma = true
            }
            try parser.expectListEnd(")", "expected ')' in expression list")
            parser.advance()
            let span = parser.span(from: open.span.start)
            if elements.count == 1, elements[0].label == nil, !trailingComma {
                return Expr(.paren(elements[0].value), span)
            }
            return Expr(.tuple(elements), span)
        }
    }

    /// `[a, b]`, `[k: v]`, `[:]`, `[]` (trailing commas allowed).
    mutating func parseCollection() throws -> Expr {
        let open = advance()
        return try with(trailingClosures: true) { parser in
            if parser.isPunctuation(":") && parser.isPunctuation("]", 1) {
                parser.advance()
                parser.advance()
                return Expr(.dictionary([]), parser.span(from: open.span.start))
            }
            var elements: [Expr] = []
            var entries: [DictionaryEntry] = []
            var isDictionary = false
            while !parser.isPunctuation("]") {
                if parser.isPunctuation(",") { throw parser.failure("unexpected ',' separator") }
                guard parser.startsExpression(parser.current) else {
                    throw parser.failure("expected expression in container literal")
                }
                let first = try parser.parseExpression()
                if elements.isEmpty && entries.isEmpty && parser.isPunctuation(":") { isDictionary = true }
                if isDictionary {
                    guard parser.consume(":") != nil else {
                        throw parser.failure("expected ':' in dictionary literal", at: parser.missingTokenSpan)
                    }
                    guard parser.startsExpression(parser.current) else {
                        throw parser.failure("expected value in dictionary literal")
                    }
                    entries.append(DictionaryEntry(key: first, value: try parser.parseExpression()))
                } else {
                    elements.append(first)
                }
                if parser.consume(",") == nil { break }
            }
            try parser.expectListEnd("]", "expected ']' in container literal expression", at: parser.missingTokenSpan)
            parser.advance()
            let span = parser.span(from: open.span.start)
            return isDictionary ? Expr(.dictionary(entries), span) : Expr(.array(elements), span)
        }
    }

    /// `\.name.other`, `\Type.name`, `\.self`.
    mutating func parseKeyPath() throws -> Expr {
        let start = advance().span.start
        var root: TypeRef?
        if current.kind == .identifier {
            let name = advance()
            let arguments = try parseGenericArgumentsIfPresent()
            root = TypeRef(.named(name.text, arguments), span(from: name.span.start))
        }
        var components: [String] = []
        while true {
            if isPunctuation(".") && !current.newlineBefore {
                advance()
                guard current.kind == .identifier || current.kind == .keyword || current.kind == .integerLiteral else {
                    throw failure("expected member name following '.'")
                }
                components.append(advance().text)
            } else if current.kind == .operator && current.isLeftBound && (current.text == "?" || current.text == "!") {
                components.append(advance().text)
            } else {
                break
            }
        }
        if components.isEmpty && root == nil { throw failure("expected member name following '.'") }
        return Expr(.keyPath(root: root, components: components), span(from: start))
    }

    // MARK: - Strings

    /// A string literal token as an expression; interpolations are parsed as argument lists.
    mutating func stringExpression(_ token: Token) -> Expr {
        var parts: [StringPart] = []
        for part in token.stringParts {
            switch part {
            case .literal(let text):
                parts.append(.literal(text))
            case .interpolation(let tokens, let span):
                var inner = Parser(tokens: tokens, operators: operators)
                inner.depth = depth
                (inner.steps, inner.stepLimit) = (steps, stepLimit)
                defer { steps = inner.steps }
                var arguments: [Argument] = []
                do {
                    while !inner.isAtEnd {
                        arguments.append(try inner.parseArgument())
                        if inner.consume(",") == nil { break }
                    }
                    if !inner.isAtEnd {
                        throw inner.failure("expected ')' in expression list")
                    }
                } catch {}
                errors.append(contentsOf: inner.errors)
                parts.append(.interpolation(arguments, span))
            }
        }
        return Expr(.stringLiteral(parts), token.span)
    }

    // MARK: - Closures

    /// `{ body }`, `{ x in … }`, `{ (x: Int, y) -> Int in … }`, `{ [weak self] in … }`.
    mutating func parseClosure() throws -> Expr {
        let open = advance()
        try enterNesting()
        defer { depth -= 1 }
        return try with(trailingClosures: true) { parser in
            let signature = parser.attempt { p in try p.parseClosureSignature() }
            let body = parser.inCodeBlock { $0.parseStatements(inBraces: true) }
            guard parser.isPunctuation("}") else {
                throw parser.failure("expected '}' at end of closure")
            }
            let close = parser.advance()
            var closure = ClosureExpr(
                parameters: signature?.parameters, captureList: signature?.captures ?? [],
                throwsKeyword: signature?.throwsKeyword ?? false, returnType: signature?.returnType, body: body,
                inSpan: signature?.inSpan, rightBrace: close.span.start)
            closure.thrownType = signature?.thrownType
            return Expr(.closure(closure), parser.span(from: open.span.start))
        }
    }

    struct ClosureSignature {
        var parameters: [ClosureParameter]
        var captures: [CaptureItem]
        var throwsKeyword: Bool
        var thrownType: TypeRef?
        var returnType: TypeRef?
        var inSpan: SourceSpan
    }

    /// The part of a closure before `in`; nil (and nothing consumed, by `attempt`) when absent.
    mutating func parseClosureSignature() throws -> ClosureSignature? {
        var captures: [CaptureItem] = []
        if isPunctuation("[") {
            advance()
            while !isPunctuation("]") {
                var ownership: String?
                if (isIdentifier("weak") || isIdentifier("unowned"))
                    && (peek().kind == .identifier || peek().kind == .keyword || peek().isPunctuation("("))
                {
                    ownership = advance().text
                    if isPunctuation("(") {
                        advance()
                        advance()
                        guard consume(")") != nil else { return nil }
                    }
                }
                guard current.kind == .identifier || isKeyword("self") else { return nil }
                let name = advance().text
                var value: Expr?
                if consume("=") != nil { value = try parseExpression() }
                captures.append(CaptureItem(ownership: ownership, name: name, value: value))
                if consume(",") == nil { break }
            }
            guard consume("]") != nil else { return nil }
        }
        var parameters: [ClosureParameter] = []
        if isPunctuation("(") {
            advance()
            while !isPunctuation(")") {
                let start = current.span.start
                guard current.kind == .identifier || isKeyword("_") else { return nil }
                var name: String? = advance().text
                // `(_ x: Int)`: an unused external name.
                if current.kind == .identifier || isKeyword("_") {
                    name = advance().text
                }
                if name == "_" { name = nil }
                var type: TypeRef?
                var isInout = false
                if consume(":") != nil {
                    while isPunctuation("@") {
                        advance()
                        advance()
                    }
                    if isKeyword("inout") {
                        advance()
                        isInout = true
                    }
                    type = try parseType()
                    if isOperator("...") { advance() }
                }
                parameters.append(ClosureParameter(name: name, type: type, isInout: isInout, span: span(from: start)))
                if consume(",") == nil { break }
            }
            guard consume(")") != nil else { return nil }
        } else {
            while current.kind == .identifier || isKeyword("_") {
                let token = advance()
                parameters.append(
                    ClosureParameter(name: token.text == "_" ? nil : token.text, type: nil, span: token.span))
                if consume(",") == nil { break }
            }
        }
        var throwsKeyword = false
        var thrownType: TypeRef?
        while isKeyword("throws") || isIdentifier("async") {
            if advance().text == "throws" { throwsKeyword = true }
            if isPunctuation("(") {
                // `throws(MyError)`
                advance()
                thrownType = try parseType()
                guard consume(")") != nil else { return nil }
            }
        }
        var returnType: TypeRef?
        if consume("->") != nil { returnType = try parseType() }
        guard isKeyword("in") else { return nil }
        let inToken = advance()
        return ClosureSignature(
            parameters: parameters, captures: captures, throwsKeyword: throwsKeyword, thrownType: thrownType,
            returnType: returnType, inSpan: inToken.span)
    }
}
