// Patterns: the names of `let`/`var` and `for`, and the patterns of `case` labels, `if case`,
// `for case` and `catch`.

extension Parser {
    /// The pattern of a `let`/`var` declaration or a `for` loop: `x`, `_`, `(a, (b, _))`,
    /// `(x: a, y: b)`.
    mutating func parseBindingPattern() throws -> Pattern {
        try enterNesting()
        defer { depth -= 1 }
        let token = current
        if token.isKeyword("_") {
            advance()
            return Pattern(.wildcard, token.span)
        }
        if token.kind == .identifier {
            if token.text == "$" && !token.isEscaped {
                throw failure("'$' is not an identifier; use backticks to escape it")
            }
            advance()
            return Pattern(.binding(token.text), token.span)
        }
        if token.isPunctuation("(") {
            let (elements, trailingComma) = try parseTuplePatternElements { try $0.parseBindingPattern() }
            if elements.count == 1, elements[0].label == nil, !trailingComma {
                var inner = elements[0].pattern
                inner.span = span(from: token.span.start)
                return inner
            }
            return Pattern(.tuple(elements), span(from: token.span.start))
        }
        if token.kind == .keyword && !["in", "=", "where"].contains(token.text) && peek().isPunctuation("=") {
            throw failure("keyword '\(token.text)' cannot be used as an identifier here")
        }
        throw failure("expected pattern")
    }

    /// `( p, label: p )`; the current token is `(`. Returns the elements and whether a comma
    /// ended the list.
    mutating func parseTuplePatternElements(
        _ element: (inout Parser) throws -> Pattern
    ) throws -> ([TuplePatternElement], Bool) {
        advance()
        var elements: [TuplePatternElement] = []
        var trailingComma = false
        while !isPunctuation(")") && !isAtEnd {
            trailingComma = false
            var label: String?
            if (current.kind == .identifier || current.kind == .keyword) && peek().isPunctuation(":")
                && !current.isKeyword("_")
            {
                label = advance().text
                advance()
            }
            elements.append(TuplePatternElement(label: label, pattern: try element(&self)))
            if consume(",") == nil { break }
            trailingComma = true
        }
        try expectListEnd(")", "expected ')' at end of tuple pattern")
        advance()
        return (elements, trailingComma)
    }

    /// A `case` pattern: `let .point(x, y)`, `(let x, 0)`, `.some(let x)`, `let x?`,
    /// `let x as Int`, `is Int`, `Shape.circle(let r)`, `1...5`, `_`. Inside `let`/`var`
    /// (`binding`), plain names are new bindings; elsewhere they are expressions.
    mutating func parseMatchingPattern(binding: Bool = false) throws -> Pattern {
        try enterNesting()
        defer { depth -= 1 }
        let start = current.span.start
        var pattern: Pattern
        if isKeyword("let") || isKeyword("var") {
            let isVar = advance().text == "var"
            let inner = try parseMatchingPattern(binding: true)
            return Pattern(.valueBinding(isVar: isVar, inner), span(from: start))
        }
        if isKeyword("is") {
            advance()
            let type = try parseType()
            return Pattern(.isType(type), span(from: start))
        }
        if isKeyword("_") && !startsBinaryOperator(peek()) {
            advance()
            pattern = Pattern(.wildcard, span(from: start))
        } else if isPunctuation("(") {
            let (elements, trailingComma) = try parseTuplePatternElements {
                try $0.parseMatchingPattern(binding: binding)
            }
            let isParen = elements.count == 1 && elements[0].label == nil && !trailingComma
            if startsBinaryOperator(current) || isPunctuation(".") || (isPunctuation("(") && !atLineStart)
                || (isPunctuation("[") && !atLineStart),
                let expression = Self.expression(fromTuplePattern: elements, isParen: isParen, span(from: start))
            {
                // `(a + b) * 2`, `(x).y`: the parenthesised part was an expression.
                let postfix = try parsePostfix(expression)
                pattern = Pattern(
                    .expression(try parseBinary(minimumLevel: 20.0.nextUp, startingWith: postfix)), span(from: start))
            } else if isParen {
                pattern = elements[0].pattern
                pattern.span = span(from: start)
            } else {
                pattern = Pattern(.tuple(elements), span(from: start))
            }
        } else if isPunctuation(".") && (peek().kind == .identifier || peek().kind == .keyword)
            && !peek().newlineBefore,
            let enumCase = attempt({ try $0.parseEnumCasePattern(type: nil, binding: binding) })
        {
            pattern = enumCase
        } else if binding && current.kind == .identifier {
            let token = advance()
            pattern = Pattern(.binding(token.text), token.span)
        } else if current.kind == .identifier, current.text.first?.isUppercase ?? false,
            let enumCase = attempt({ try $0.parseQualifiedEnumCasePattern(binding: binding) })
        {
            pattern = enumCase
        } else if let expression = attempt({ try $0.parsePatternExpression() }) {
            pattern = Pattern(.expression(expression), span(from: start))
        } else if current.kind == .identifier && peek().isPunctuation("(") && !peek().newlineBefore,
            let enumCase = attempt({ try $0.parseEnumCasePattern(type: nil, binding: binding, dotted: false) })
        {
            // `case left(let message)`: a case written without its dot (swiftc parses it; the
            // checker decides).
            pattern = enumCase
        } else {
            pattern = Pattern(.expression(try parsePatternExpression()), span(from: start))
        }
        while true {
            if isOperator("?") && current.isLeftBound {
                advance()
                pattern = Pattern(.optional(pattern), span(from: start))
            } else if isKeyword("as") {
                advance()
                let type = try parseType()
                pattern = Pattern(.cast(pattern, type), span(from: start))
            } else {
                break
            }
        }
        return pattern
    }

    /// An expression used as a pattern (matched with `~=`): no assignment, no casts, so `=`
    /// (`if case 1 = x`) and `as` end it.
    private mutating func parsePatternExpression() throws -> Expr {
        guard startsExpression(current) else { throw failure("expected pattern") }
        return try parseBinary(minimumLevel: 20.0.nextUp)
    }

    /// The expression a parenthesised pattern spells, when it binds nothing: `(a + b)`, `(1, x)`.
    static func expression(fromTuplePattern elements: [TuplePatternElement], isParen: Bool, _ span: SourceSpan) -> Expr?
    {
        var values: [TupleElement] = []
        for element in elements {
            guard let value = expression(fromPattern: element.pattern) else { return nil }
            values.append(TupleElement(label: element.label, value: value))
        }
        return isParen ? Expr(.paren(values[0].value), span) : Expr(.tuple(values), span)
    }

    static func expression(fromPattern pattern: Pattern) -> Expr? {
        switch pattern.kind {
        case .expression(let e): return e
        case .wildcard: return Expr(.discard, pattern.span)
        case .tuple(let elements): return expression(fromTuplePattern: elements, isParen: false, pattern.span)
        case .enumCase(nil, let name, let nameSpan, nil):
            return Expr(.implicitMember(name, nameSpan: nameSpan), pattern.span)
        default: return nil
        }
    }

    func startsBinaryOperator(_ token: Token) -> Bool {
        token.kind == .operator && token.isInfixForm && token.text != "?"
    }

    /// `.name` or `.name(sub-patterns)`; with `type`, the `.` was already read (and `dotted:
    /// false` reads `name(sub-patterns)` without a dot).
    mutating func parseEnumCasePattern(type: TypeRef?, binding: Bool, dotted: Bool = true) throws -> Pattern? {
        let start = type?.span.start ?? current.span.start
        if type == nil && dotted { advance() }
        let name = advance()
        var arguments: [TuplePatternElement]?
        if isPunctuation("(") && !current.newlineBefore {
            arguments = try parseTuplePatternElements { try $0.parseMatchingPattern(binding: binding) }.0
        }
        guard endsPattern(current) else { return nil }
        return Pattern(
            .enumCase(type: type, name: name.text, nameSpan: name.span, arguments: arguments), span(from: start))
    }

    /// `Shape.circle(let r)`, `Result<Int, E>.success(let v)`, `Direction.north`.
    mutating func parseQualifiedEnumCasePattern(binding: Bool) throws -> Pattern? {
        let start = current.span.start
        let first = advance()
        var type = TypeRef(.named(first.text, try parseGenericArgumentsIfPresent()), span(from: start))
        guard isPunctuation(".") else { return nil }
        while isPunctuation("."), peek(2).isPunctuation(".") {
            advance()
            let name = advance()
            type = TypeRef(.nested(type, name.text, []), span(from: start))
        }
        guard consume(".") != nil, current.kind == .identifier || current.kind == .keyword else { return nil }
        guard var pattern = try parseEnumCasePattern(type: type, binding: binding) else { return nil }
        pattern.span = span(from: start)
        return pattern
    }

    /// Tokens that may follow a whole pattern.
    func endsPattern(_ token: Token) -> Bool {
        switch token.kind {
        case .eof: return true
        case .punctuation: return [":", ",", "=", ")", "{", "]"].contains(token.text)
        case .keyword: return ["where", "in", "as"].contains(token.text)
        case .operator: return token.text == "?" && token.isLeftBound
        default: return false
        }
    }
}
