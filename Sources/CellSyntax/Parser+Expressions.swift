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
    mutating func parseBinary(minimumLevel: Double) throws -> Expr {
        try enterNesting()
        defer { depth -= 1 }
        var lhs = try parseUnary(minimumLevel: minimumLevel)
        var lastNonAssociative: String?
        var grown = 0
        defer { depth -= grown }
        while true {
            let token = current
            let level: Double
            if token.isOperator("?") && !token.isLeftBound {
                // The ternary `c ? a : b`.
                level = 20
                guard level >= minimumLevel else { break }
                advance()
                let whenTrue = try parseExpression()
                guard isPunctuation(":") else {
                    throw failure("expected ':' after '? ...' in ternary expression", at: missingTokenSpan)
                }
                advance()
                let whenFalse = try parseBinary(minimumLevel: level)
                lhs = Expr(.ternary(lhs, whenTrue, whenFalse, questionSpan: token.span), lhs.span.through(whenFalse.span))
                lastNonAssociative = nil
            } else if token.isPunctuation("=") {
                level = 10
                guard level >= minimumLevel else { break }
                advance()
                let value = try parseBinary(minimumLevel: level)
                lhs = Expr(
                    .assignment(op: "=", target: lhs, value: value, operatorSpan: token.span), lhs.span.through(value.span))
                lastNonAssociative = nil
            } else if token.isKeyword("is") || token.isKeyword("as") {
                level = 65
                guard level >= minimumLevel else { break }
                advance()
                if token.text == "is" {
                    let type = try parseType()
                    lhs = Expr(.isType(lhs, type, keywordSpan: token.span), lhs.span.through(type.span))
                } else {
                    var kind = CastKind.coerce
                    var keywordSpan = token.span
                    if current.kind == .operator && current.isLeftBound && (current.text == "?" || current.text == "!") {
                        kind = current.text == "?" ? .conditional : .forced
                        keywordSpan = token.span.through(advance().span)
                    }
                    let type = try parseType()
                    lhs = Expr(.cast(lhs, kind, type, keywordSpan: keywordSpan), lhs.span.through(type.span))
                }
            } else if token.kind == .operator && token.isInfixForm {
                let group = operators.group(ofInfix: token.text)
                guard group.level >= minimumLevel else { break }
                if group.associativity == .none, lastNonAssociative == group.name {
                    throw failure(
                        "adjacent operators are in non-associative precedence group '\(group.name)'", at: token.span)
                }
                advance()
                grown += 1
                try enterNesting()
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
            let following = peek()
            if following.isPunctuation(")") || following.isPunctuation(",") || following.isPunctuation("]") {
                advance()
                return Expr(.identifier(token.text, genericArguments: []), token.span)
            }
            if token.isPrefixForm || (!token.isLeftBound && !token.isRightBound && token.text != "?") {
                if !token.isPrefixForm {
                    record("unary operator cannot be separated from its operand", at: SourceSpan(at: token.span.end))
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
        case .identifier, .integerLiteral, .floatLiteral, .stringLiteral, .operator: return true
        case .keyword:
            return ["true", "false", "nil", "self", "Self", "super", "try", "if", "switch", "_", "init"].contains(token.text)
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
        var grown = 0
        defer { depth -= grown }
        while true {
            grown += 1
            try enterNesting()
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
                if name.kind == .integerLiteral, let i = Int(name.text), !name.newlineBefore {
                    advance()
                    expr = Expr(.tupleIndex(expr, i, nameSpan: name.span), span(from: expr.span.start))
                } else if (name.kind == .identifier || name.kind == .keyword) && !name.newlineBefore {
                    advance()
                    var arguments: [TypeRef] = []
                    if current.kind == .operator && current.text.hasPrefix("<") && canParseAsGenericArgumentList() {
                        arguments = try parseGenericArgumentsIfPresent()
                    }
                    expr = Expr(
                        .member(expr, name: name.text, nameSpan: name.span, dot: token.span.start, genericArguments: arguments),
                        span(from: expr.span.start))
                } else {
                    throw failure("expected member name following '.'", at: SourceSpan(at: token.span.end))
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
            } else if token.isPunctuation("{") && allowsTrailingClosure && !token.newlineBefore
                && acceptsTrailingClosure(expr) && !startsAccessorBlock()
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
    func acceptsTrailingClosure(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .identifier, .member, .subscript, .implicitMember, .superRef, .selfRef, .forceUnwrap, .bindOptional,
            .type:
            return true
        case let .call(_, arguments, _): return !(arguments.last?.isTrailingClosure ?? false)
        default: return false
        }
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
        if case let .closure(c) = end.kind { rightBrace = c.rightBrace }
        if case let .call(function, arguments, _) = callee.kind {
            return Expr(.call(function, arguments + closures, rightParen: rightBrace), span(from: callee.span.start))
        }
        return Expr(.call(callee, closures, rightParen: rightBrace), span(from: callee.span.start))
    }

    /// `( … )` or `[ … ]` argument lists with optional `label:` before each value; the current
    /// token is the opening bracket. Returns the arguments and the closing bracket's position.
    mutating func parseArguments(close: String) throws -> ([Argument], SourcePosition) {
        let open = advance()
        return try with(trailingClosures: true) { parser in
            var arguments: [Argument] = []
            while !parser.isPunctuation(close) && !parser.isAtEnd {
                arguments.append(try parser.parseArgument())
                if parser.consume(",") == nil { break }
            }
            guard parser.isPunctuation(close) else {
                let message = close == ")" ? "expected ')' in expression list" : "expected ']' in expression list"
                parser.record(message, at: SourceSpan(at: parser.current.span.start))
                _ = open
                throw ParseFailure()
            }
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
        let value = try parseExpression()
        return Argument(label: label, labelSpan: labelSpan, value: value, span: span(from: start))
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
            if token.text.hasPrefix("$") && !token.isEscaped, let n = Int(token.text.dropFirst()) {
                advance()
                return Expr(.anonymousClosureArgument(n), token.span)
            }
            if let type = typeInExpressionPosition() { return type }
            advance()
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
                return Expr(.implicitMember(name.text, nameSpan: name.span), span(from: token.span.start))
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

    /// A type written where an expression is expected and which can only be a type:
    /// `[Int]()`, `[String: Int]()`, `[Point].self`, `Int?.none`, `(Int, Int).self`. Returns nil
    /// (consuming nothing) otherwise.
    mutating func typeInExpressionPosition() -> Expr? {
        let token = current
        let isBracket = token.isPunctuation("[") || token.isPunctuation("(")
        if !isBracket {
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
                guard case .tuple = type.kind, parser.isPunctuation("."), parser.peek().text == "self" || parser.peek().text == "Type",
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

    /// Whether every name in `type` is capitalised (`Int`, `[String: Point]`), as type names
    /// are and variables are not.
    static func looksLikeTypeName(_ type: TypeRef) -> Bool {
        switch type.kind {
        case let .named(name, arguments): return (name.first?.isUppercase ?? false) && arguments.allSatisfy(looksLikeTypeName)
        case let .nested(base, _, _): return looksLikeTypeName(base)
        case let .array(element): return looksLikeTypeName(element)
        case let .dictionary(key, value): return looksLikeTypeName(key) && looksLikeTypeName(value)
        case let .optional(wrapped), let .implicitlyUnwrappedOptional(wrapped): return looksLikeTypeName(wrapped)
        case let .tuple(elements): return elements.allSatisfy { looksLikeTypeName($0.type) }
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
            while !parser.isPunctuation(")") && !parser.isAtEnd {
                trailingComma = false
                var label: String?
                if (parser.current.kind == .identifier || parser.current.kind == .keyword) && parser.peek().isPunctuation(":") {
                    label = parser.advance().text
                    parser.advance()
                }
                elements.append(TupleElement(label: label, value: try parser.parseExpression()))
                if parser.consume(",") == nil { break }
                trailingComma = true
            }
            guard parser.isPunctuation(")") else {
                throw parser.failure("expected ')' in expression list")
            }
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
            while !parser.isPunctuation("]") && !parser.isAtEnd {
                let first = try parser.parseExpression()
                if elements.isEmpty && entries.isEmpty && parser.isPunctuation(":") { isDictionary = true }
                if isDictionary {
                    guard parser.consume(":") != nil else {
                        throw parser.failure("expected ':' in dictionary literal", at: parser.missingTokenSpan)
                    }
                    entries.append(DictionaryEntry(key: first, value: try parser.parseExpression()))
                } else {
                    elements.append(first)
                }
                if parser.consume(",") == nil { break }
            }
            guard parser.consume("]") != nil else {
                throw parser.failure("expected ']' in container literal expression", at: parser.missingTokenSpan)
            }
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
        if components.isEmpty { throw failure("expected member name following '.'") }
        return Expr(.keyPath(root: root, components: components), span(from: start))
    }

    // MARK: - Strings

    /// A string literal token as an expression; interpolations are parsed as argument lists.
    mutating func stringExpression(_ token: Token) -> Expr {
        var parts: [StringPart] = []
        for part in token.stringParts {
            switch part {
            case let .literal(text):
                parts.append(.literal(text))
            case let .interpolation(tokens, span):
                var inner = Parser(tokens: tokens, operators: operators)
                inner.depth = depth
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
                if arguments.isEmpty && inner.errors.isEmpty {
                    inner.record("expected expression in list of expressions", at: SourceSpan(at: span.end))
                }
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
            let body = parser.parseStatements(inBraces: true)
            guard parser.isPunctuation("}") else {
                throw parser.failure("expected '}' at end of closure")
            }
            let close = parser.advance()
            let closure = ClosureExpr(
                parameters: signature?.parameters, captureList: signature?.captures ?? [],
                throwsKeyword: signature?.throwsKeyword ?? false, returnType: signature?.returnType, body: body,
                inSpan: signature?.inSpan, rightBrace: close.span.start)
            return Expr(.closure(closure), parser.span(from: open.span.start))
        }
    }

    struct ClosureSignature {
        var parameters: [ClosureParameter]
        var captures: [CaptureItem]
        var throwsKeyword: Bool
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
                if (isIdentifier("weak") || isIdentifier("unowned")) && (peek().kind == .identifier || peek().kind == .keyword || peek().isPunctuation("(")) {
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
        while isKeyword("throws") || isIdentifier("async") {
            if advance().text == "throws" { throwsKeyword = true }
            if isPunctuation("(") {
                // `throws(MyError)`
                advance()
                _ = try parseType()
                guard consume(")") != nil else { return nil }
            }
        }
        var returnType: TypeRef?
        if consume("->") != nil { returnType = try parseType() }
        guard isKeyword("in") else { return nil }
        let inToken = advance()
        return ClosureSignature(
            parameters: parameters, captures: captures, throwsKeyword: throwsKeyword, returnType: returnType,
            inSpan: inToken.span)
    }
}
