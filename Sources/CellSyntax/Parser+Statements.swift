// Statements: blocks and statement lists (with recovery), control flow, conditions.

extension Parser {
    /// The statements of the whole cell.
    mutating func parseTopLevel() -> [Stmt] {
        var statements = parseStatements(inBraces: false)
        while !isAtEnd {
            // A `}` with nothing to close.
            record("extraneous '}' at top level", at: SourceSpan(at: current.span.start))
            advance()
            statements += parseStatements(inBraces: false)
        }
        return statements
    }

    /// Statements up to a `}` (not consumed) or the end of the cell; in a `switch`, also up to
    /// the next `case`/`default` label. Errors are recorded and skipped to the next statement.
    mutating func parseStatements(inBraces: Bool, inSwitchCase: Bool = false) -> [Stmt] {
        var statements: [Stmt] = []
        while !isAtEnd {
            if isPunctuation("}") { break }
            if consume(";") != nil { continue }
            if inSwitchCase && startsCaseLabel() { break }
            let startIndex = index
            do {
                let statement = try parseStatement()
                statements.append(statement)
                if !isAtEnd && !atLineStart && !isPunctuation(";") && !isPunctuation("}") {
                    record("consecutive statements on a line must be separated by ';'", at: SourceSpan(at: previousEnd))
                }
            } catch {
                synchronize(statementStart: startIndex)
            }
            if index == startIndex { advance() }
        }
        return statements
    }

    /// `case …:`, `default:` or `@unknown default:` at the cursor.
    func startsCaseLabel() -> Bool {
        isKeyword("case") || (isKeyword("default") && peek().isPunctuation(":"))
            || (isPunctuation("@") && isIdentifier("unknown", 1))
    }

    /// `{ statements }`; `message` is the error when the `{` is missing.
    mutating func parseBlock(_ message: String) throws -> [Stmt] {
        guard isPunctuation("{") else { throw failure(message, at: missingTokenSpan) }
        advance()
        try enterNesting()
        defer { depth -= 1 }
        let statements = inCodeBlock { $0.with(trailingClosures: true) { $0.parseStatements(inBraces: true) } }
        guard consume("}") != nil else { throw failure("expected '}' at end of brace statement") }
        return statements
    }

    /// One statement (or declaration).
    mutating func parseStatement() throws -> Stmt {
        let token = current
        let start = token.span.start
        if token.kind == .identifier && peek().isPunctuation(":")
            && ["for", "while", "repeat", "if", "switch", "do", "guard"].contains(peek(2).text)
            && peek(2).kind == .keyword
        {
            advance()
            advance()
            let statement = try parseStatement()
            return Stmt(.labeled(token.text, statement), span(from: start))
        }
        if startsDeclaration() {
            let decl = try parseDeclaration()
            return Stmt(.declaration(decl), decl.span)
        }
        if token.kind == .keyword {
            switch token.text {
            case "if":
                let statement = try parseIf()
                return Stmt(.if(statement), span(from: start))
            case "guard":
                advance()
                let conditions = try parseConditions(after: token)
                guard isKeyword("else") else {
                    throw failure("expected 'else' after 'guard' condition", at: missingTokenSpan)
                }
                advance()
                let body = try parseBlock("expected '{' after 'guard' else")
                return Stmt(.guard(conditions, else: body), span(from: start))
            case "while":
                advance()
                let conditions = try parseConditions(after: token)
                let body = try parseBlock("expected '{' after 'while' condition")
                return Stmt(.while(conditions, body: body), span(from: start))
            case "repeat":
                advance()
                let body = try parseBlock("expected '{' after 'repeat'")
                guard isKeyword("while") else {
                    // swiftc points at the start of the previous token (the body's `}`).
                    throw failure(
                        "expected 'while' after body of 'repeat' statement",
                        at: SourceSpan(at: tokens[index - 1].span.start))
                }
                advance()
                let condition = try parseExpression()
                return Stmt(.repeat(body: body, condition: condition), span(from: start))
            case "for":
                return try parseForIn()
            case "switch":
                let statement = try parseSwitch()
                return Stmt(.switch(statement), span(from: start))
            case "return":
                advance()
                var value: Expr?
                if !isAtEnd && !isPunctuation("}") && !isPunctuation(";") && !startsCaseLabel()
                    && !(atLineStart && (startsDeclaration() || startsStatementKeyword()))
                {
                    guard startsExpression(current) else { throw failure("expected expression in 'return' statement") }
                    value = try parseExpression()
                }
                return Stmt(.return(value), span(from: start))
            case "break", "continue":
                advance()
                var label: String?
                if current.kind == .identifier && !atLineStart { label = advance().text }
                return Stmt(token.text == "break" ? .break(label: label) : .continue(label: label), span(from: start))
            case "fallthrough":
                advance()
                return Stmt(.fallthrough, token.span)
            case "throw":
                advance()
                let value = try parseExpression()
                return Stmt(.throw(value), span(from: start))
            case "defer":
                advance()
                let body = try parseBlock("expected '{' after 'defer'")
                return Stmt(.defer(body), span(from: start))
            case "do":
                return try parseDo()
            case "else":
                throw failure("expected expression")
            case "case", "default":
                throw failure("'\(token.text)' label can only appear inside a 'switch' statement")
            case "catch":
                throw failure("'catch' must be preceded by a 'do' statement")
            default:
                break
            }
        }
        let expression = try parseExpression()
        return Stmt(.expression(expression), expression.span)
    }

    /// A keyword that starts a statement (for `return` at the end of a line).
    func startsStatementKeyword() -> Bool {
        guard current.kind == .keyword else { return false }
        return [
            "if", "guard", "while", "repeat", "for", "switch", "return", "break", "continue", "fallthrough", "throw",
            "defer", "do",
        ].contains(current.text) && !(current.text == "if" || current.text == "switch")
    }

    /// `if conditions { … } else if … { … } else { … }`; the current token is `if`.
    mutating func parseIf() throws -> IfStatement {
        let keyword = advance()
        let conditions = try parseConditions(after: keyword)
        let then = try parseBlock("expected '{' after 'if' condition")
        var otherwise: ElseClause?
        if isKeyword("else") {
            advance()
            if isKeyword("if") {
                let start = current.span.start
                let nested = try parseIf()
                otherwise = .elseIf(nested, span(from: start))
            } else {
                otherwise = .block(try parseBlock("expected '{' or 'if' after 'else'"))
            }
        }
        return IfStatement(conditions: conditions, then: then, otherwise: otherwise)
    }

    /// The comma-separated clauses of an `if`, `guard` or `while` condition.
    mutating func parseConditions(after keyword: Token) throws -> [Condition] {
        if isPunctuation("{") {
            throw failure("missing condition in '\(keyword.text)' statement", at: SourceSpan(at: keyword.span.start))
        }
        return try with(trailingClosures: false) { parser in
            var conditions: [Condition] = []
            repeat {
                conditions.append(try parser.parseCondition(after: keyword))
            } while parser.consume(",") != nil
            return conditions
        }
    }

    private mutating func parseCondition(after keyword: Token) throws -> Condition {
        let start = current.span.start
        if isKeyword("let") || isKeyword("var") {
            if isKeyword("case", 1) {
                throw failure(
                    "pattern matching binding is spelled with 'case \(current.text)', not '\(current.text) case'")
            }
            let isVar = advance().text == "var"
            var pattern = try parseBindingPattern()
            if consume(":") != nil {
                let type = try parseType()
                pattern = Pattern(.typed(pattern, type), span(from: pattern.span.start))
            }
            var value: Expr?
            if consume("=") != nil { value = try parseExpression() }
            return .optionalBinding(isVar: isVar, pattern: pattern, value: value, span: span(from: start))
        }
        if isKeyword("case") {
            advance()
            var pattern = try parseMatchingPattern()
            if consume(":") != nil {
                let type = try parseType()
                pattern = Pattern(.typed(pattern, type), span(from: pattern.span.start))
            }
            guard consume("=") != nil else {
                throw failure("expected '=' after pattern in 'case' condition", at: missingTokenSpan)
            }
            let value = try parseExpression()
            return .matching(pattern, value, span: span(from: start))
        }
        if current.kind == .poundKeyword && (current.text == "#available" || current.text == "#unavailable") {
            let isUnavailable = advance().text == "#unavailable"
            guard isPunctuation("(") else { throw failure("expected '(' in availability condition") }
            var nesting = 0
            repeat {
                if isPunctuation("(") { nesting += 1 }
                if isPunctuation(")") { nesting -= 1 }
                advance()
            } while nesting > 0 && !isAtEnd
            return .availability(isUnavailable: isUnavailable, span: span(from: start))
        }
        if !startsExpression(current) {
            if current.kind == .keyword {
                throw failure("expected expression, var, or let in '\(keyword.text)' condition")
            }
            throw failure("expected expression in conditional")
        }
        return .expression(try parseExpression())
    }

    /// `for [case] pattern in sequence [where condition] { … }`.
    private mutating func parseForIn() throws -> Stmt {
        let start = advance().span.start
        var isCase = false
        var pattern: Pattern
        if isKeyword("case") {
            advance()
            isCase = true
            pattern = try parseMatchingPattern()
        } else if isKeyword("let") || isKeyword("var") {
            let isVar = advance().text == "var"
            let inner = try parseBindingPattern()
            pattern = Pattern(.valueBinding(isVar: isVar, inner), span(from: inner.span.start))
        } else {
            pattern = try parseBindingPattern()
        }
        if consume(":") != nil {
            let type = try parseType()
            pattern = Pattern(.typed(pattern, type), span(from: pattern.span.start))
        }
        if current.kind == .identifier && !atLineStart {
            throw failure(
                "found an unexpected second identifier in constant declaration; is there an accidental break?")
        }
        guard isKeyword("in") else { throw failure("expected 'in' after for-each pattern", at: missingTokenSpan) }
        advance()
        let (sequence, whereClause) = try with(trailingClosures: false) { parser -> (Expr, Expr?) in
            guard !parser.isPunctuation("{") else {
                throw parser.failure("expected Sequence expression for for-each loop")
            }
            let sequence = try parser.parseExpression()
            var whereClause: Expr?
            if parser.isKeyword("where") {
                parser.advance()
                whereClause = try parser.parseExpression()
            }
            return (sequence, whereClause)
        }
        let body = try parseBlock("expected '{' to start the body of for-each loop")
        let statement = ForInStatement(
            isCase: isCase, pattern: pattern, sequence: sequence, whereClause: whereClause, body: body)
        return Stmt(.forIn(statement), span(from: start))
    }

    /// `switch subject { case …: … default: … }`; the current token is `switch`.
    mutating func parseSwitch() throws -> SwitchStatement {
        let keyword = advance()
        let subject = try with(trailingClosures: false) { try $0.parseExpression() }
        guard consume("{") != nil else {
            throw failure("expected '{' after 'switch' subject expression", at: missingTokenSpan)
        }
        try enterNesting()
        defer { depth -= 1 }
        var cases: [SwitchCase] = []
        while !isPunctuation("}") && !isAtEnd {
            let labelStart = current.span.start
            let startIndex = index
            do {
                var isDefault = false
                var items: [CaseItem] = []
                while isPunctuation("@") {
                    advance()
                    advance()
                }
                if isKeyword("default") {
                    advance()
                    isDefault = true
                } else if isKeyword("case") {
                    advance()
                    repeat {
                        let pattern = try with(trailingClosures: false) { try $0.parseMatchingPattern() }
                        var whereClause: Expr?
                        if isKeyword("where") {
                            advance()
                            whereClause = try parseExpression()
                        }
                        items.append(CaseItem(pattern: pattern, whereClause: whereClause))
                    } while consume(",") != nil
                } else {
                    throw failure("all statements inside a switch must be covered by a 'case' or 'default'")
                }
                guard consume(":") != nil else {
                    throw failure(
                        isDefault ? "expected ':' after 'default'" : "expected ':' after 'case'", at: missingTokenSpan)
                }
                let errorsBefore = errors.count
                let body = with(trailingClosures: true) { $0.parseStatements(inBraces: true, inSwitchCase: true) }
                // A body whose statements all failed to parse was not empty for swiftc.
                if body.isEmpty && errors.count == errorsBefore {
                    record(
                        "'\(isDefault ? "default" : "case")' label in a 'switch' must have at least one executable statement",
                        at: SourceSpan(at: labelStart))
                }
                cases.append(SwitchCase(items: items, isDefault: isDefault, body: body, span: span(from: labelStart)))
            } catch {
                synchronize(statementStart: startIndex)
                while !isAtEnd && !isPunctuation("}") && !startsCaseLabel() {
                    let before = index
                    synchronize(statementStart: index)
                    if index == before { advance() }
                }
            }
        }
        guard consume("}") != nil else { throw failure("expected '}' at end of 'switch' statement") }
        return SwitchStatement(subject: subject, cases: cases, keywordSpan: keyword.span)
    }

    /// `do { … } catch pattern where condition { … } …`.
    private mutating func parseDo() throws -> Stmt {
        let start = advance().span.start
        let body = try parseBlock("expected '{' after 'do'")
        var catches: [CatchClause] = []
        while isKeyword("catch") {
            let catchStart = advance().span.start
            var pattern: Pattern?
            var otherPatterns: [Pattern] = []
            var whereClause: Expr?
            try with(trailingClosures: false) { parser in
                if !parser.isPunctuation("{") && !parser.isKeyword("where") {
                    if parser.isAtEnd || parser.atLineStart {
                        throw parser.failure("expected pattern", at: parser.missingTokenSpan)
                    }
                    pattern = try parser.parseMatchingPattern()
                    while parser.consume(",") != nil { otherPatterns.append(try parser.parseMatchingPattern()) }
                }
                if parser.isKeyword("where") {
                    parser.advance()
                    whereClause = try parser.parseExpression()
                }
            }
            let catchBody = try parseBlock("expected '{' after 'catch' pattern")
            var clause = CatchClause(
                pattern: pattern, whereClause: whereClause, body: catchBody, span: span(from: catchStart))
            clause.otherPatterns = otherPatterns
            catches.append(clause)
        }
        return Stmt(.do(body: body, catches: catches), span(from: start))
    }
}
