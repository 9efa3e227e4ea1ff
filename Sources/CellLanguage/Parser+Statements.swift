// Statements: blocks, control flow, assignment and statement separation.

extension Parser {
    /// Parses statements up to the end of the cell or (inside braces) up to the closing `}`,
    /// which is left for the caller. Statements are separated by newlines or `;`.
    mutating func parseStatements(insideBraces: Bool) -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            while isPunctuation(";") { advance() }
            if isAtEnd { break }
            if isPunctuation("}") {
                if insideBraces { break }
                _ = failure("unexpected '}'; expected a statement (no block is open here)", at: current.span)
                advance()
                continue
            }
            let start = index
            do {
                statements += try parseStatement()
                try expectStatementEnd()
            } catch {
                synchronize(statementStart: start)
            }
            if index == start && !isAtEnd && !isPunctuation("}") { advance() }
        }
        return statements
    }

    /// After a statement: `;`, a newline, `}` or the end of the cell.
    mutating func expectStatementEnd() throws {
        if isPunctuation(";") || isPunctuation("}") || isAtEnd || atLineStart { return }
        if current.kind == .keyword && (current.text == "as" || current.text == "is") {
            throw failure("type casts ('\(current.text)') are not supported; expected a newline or ';' after the expression", at: current.span)
        }
        throw failure("expected a newline or ';' between statements, found \(currentDescription)", at: current.span)
    }

    /// `{ statements }`; `what` names the construct for the error ("the 'if' body").
    mutating func parseBlock(_ what: String) throws -> [Stmt] {
        let open = current
        try expect("{", "expected '{' to start \(what)")
        try enterNesting()
        defer { depth -= 1 }
        let savedTrailing = allowsTrailingClosure
        allowsTrailingClosure = true
        defer { allowsTrailingClosure = savedTrailing }
        let body = parseStatements(insideBraces: true)
        try expect("}", "expected '}' to close \(what) opened at \(open.span.start)")
        return body
    }

    /// One statement; a `let`/`var` with several comma-separated bindings gives one each.
    mutating func parseStatement() throws -> [Stmt] {
        try enterNesting()
        defer { depth -= 1 }
        let start = current.span.start
        let token = current
        if token.kind == .keyword {
            switch token.text {
            case "let", "var":
                return try parseVariableDeclarations().map { Stmt(.variable($0.0), $0.1) }
            case "func": return [Stmt(.function(try parseFunction()), span(from: start))]
            case "class": return [Stmt(.class(try parseClass()), span(from: start))]
            case "if": return [try parseIf()]
            case "guard": return [try parseGuard()]
            case "for": return [try parseFor()]
            case "while": return [try parseWhile()]
            case "return":
                advance()
                if isAtEnd || atLineStart || isPunctuation(";") || isPunctuation("}") {
                    return [Stmt(.return(nil), span(from: start))]
                }
                let value = try parseExpression("after 'return'")
                return [Stmt(.return(value), span(from: start))]
            case "break": advance(); return [Stmt(.break, span(from: start))]
            case "continue": advance(); return [Stmt(.continue, span(from: start))]
            case "private", "public", "fileprivate", "internal":
                advance()
                return try parseStatement()
            case "_" where isPunctuation("=", 1):
                // `_ = value` evaluates and discards.
                advance(); advance()
                let value = try parseExpression("after '_ ='")
                return [Stmt(.expression(value), span(from: start))]
            default:
                if let message = Self.unsupportedKeywordMessage(token.text) {
                    throw failure(message, at: token.span)
                }
            }
        }
        if token.kind == .identifier, Self.ignoredModifiers.contains(token.text),
           peek(1).kind == .keyword || Self.ignoredModifiers.contains(peek(1).text) {
            advance()
            return try parseStatement()
        }
        if isPunctuation("@") { try skipAttributes(); return try parseStatement() }
        return [try parseExpressionStatement()]
    }

    /// Modifiers accepted and ignored before declarations, as in Swift.
    static let ignoredModifiers: Set<String> = ["override", "final", "open", "required", "convenience", "private", "public", "fileprivate", "internal"]

    /// Attributes such as `@discardableResult` are accepted and ignored.
    mutating func skipAttributes() throws {
        while isPunctuation("@") {
            advance()
            guard current.kind == .identifier else { throw failure("expected an attribute name after '@'") }
            advance()
        }
    }

    /// The message for a Swift keyword the cell language does not support, or nil if the
    /// keyword is handled elsewhere.
    static func unsupportedKeywordMessage(_ keyword: String) -> String? {
        let declarations = "supported declarations are 'let', 'var', 'func' and 'class'"
        switch keyword {
        case "struct", "enum", "protocol", "extension", "typealias", "associatedtype", "precedencegroup", "operator", "subscript", "deinit":
            return "'\(keyword)' declarations are not supported; \(declarations)"
        case "static":
            return "'static' members are not supported; use a top-level 'func' or 'let' instead"
        case "switch", "case", "default", "fallthrough":
            return "'\(keyword)' is not supported; use 'if' / 'else if' / 'else' instead of 'switch'"
        case "try", "throw", "throws", "rethrows", "do", "catch":
            return "error handling ('\(keyword)') is not supported; a failing builtin stops the cell with its error"
        case "repeat":
            return "'repeat' loops are not supported; use 'while' or 'for … in'"
        case "defer":
            return "'defer' is not supported"
        case "import":
            return "'import' is not supported (every builtin is already available)"
        case "inout":
            return "'inout' parameters are not supported; return a new value or use a class"
        case "where":
            return "'where' clauses are not supported; use 'if' inside the loop body"
        case "as", "is":
            return "type casts ('\(keyword)') are not supported"
        case "init":
            return "'init' is only supported inside a class body"
        case "else":
            return "expected 'if' or 'guard' before 'else'"
        case "in":
            return "unexpected 'in'; expected it after closure parameters or a 'for' pattern"
        default:
            return nil
        }
    }

    /// An expression, optionally followed by `=`, `+=`, `-=`, `*=` or `/=` and a value.
    mutating func parseExpressionStatement() throws -> Stmt {
        let start = current.span.start
        let target = try parseExpression()
        let opToken = current
        let op: AssignmentOperator?
        if opToken.kind == .punctuation && opToken.text == "=" { op = .assign }
        else if opToken.kind == .operator, let compound = AssignmentOperator(rawValue: opToken.text) { op = compound }
        else if opToken.kind == .operator, opToken.text.count >= 2, opToken.text.hasSuffix("="),
                !["==", "!=", "<=", ">="].contains(opToken.text) {
            throw failure("compound assignment '\(opToken.text)' is not supported; supported are = += -= *= /=", at: opToken.span)
        } else { op = nil }
        guard let op else { return Stmt(.expression(target), span(from: start)) }
        switch target.kind {
        case .identifier, .member, .subscript, .tupleIndex: break
        default:
            throw failure("expected a variable, property, subscript or tuple element on the left of '\(opToken.text)'", at: target.span)
        }
        advance()
        let value = try parseExpression("after '\(opToken.text)'")
        return Stmt(.assignment(target, op, value), span(from: start))
    }

    // MARK: - Control flow

    mutating func parseIf() throws -> Stmt {
        let start = advance().span.start  // if
        let conditions = try parseConditionList("'if'")
        let thenBody = try parseBlock("the 'if' body")
        var elseBody: [Stmt]?
        if isKeyword("else") {
            advance()
            if isKeyword("if") {
                try enterNesting()
                defer { depth -= 1 }
                elseBody = [try parseIf()]
            } else {
                elseBody = try parseBlock("the 'else' body")
            }
        }
        return Stmt(.if(conditions, thenBody, elseBody), span(from: start))
    }

    mutating func parseGuard() throws -> Stmt {
        let start = advance().span.start  // guard
        let conditions = try parseConditionList("'guard'")
        guard isKeyword("else") else { throw failure("expected 'else' after the 'guard' condition") }
        advance()
        let body = try parseBlock("the 'guard' body")
        return Stmt(.guard(conditions, body), span(from: start))
    }

    /// `c1, let x = e, var y = f, let z` (trailing closures disabled, as in Swift).
    mutating func parseConditionList(_ owner: String) throws -> [Condition] {
        let saved = allowsTrailingClosure
        allowsTrailingClosure = false
        defer { allowsTrailingClosure = saved }
        var conditions: [Condition] = []
        repeat {
            if isKeyword("case") {
                throw failure("'case' patterns are not supported; expected a Bool expression or 'let x = optional'", at: current.span)
            }
            if isKeyword("let") || isKeyword("var") {
                let keyword = advance()
                guard current.kind == .identifier else {
                    throw failure("expected a name after '\(keyword.text)' in the \(owner) condition")
                }
                let nameToken = advance()
                if isPunctuation(":") {
                    throw failure("type annotations in optional bindings are not supported; expected '=' after '\(nameToken.text)'", at: current.span)
                }
                let value: Expr
                if isPunctuation("=") {
                    advance()
                    value = try parseExpression("after '='")
                } else {
                    // Swift 5.7 shorthand: `if let x` means `if let x = x`.
                    value = Expr(.identifier(nameToken.text), nameToken.span)
                }
                conditions.append(.optionalBinding(isConstant: keyword.text == "let", name: nameToken.text,
                                                   value: value, span: span(from: keyword.span.start)))
            } else {
                conditions.append(.expression(try parseExpression("after \(owner)")))
            }
        } while isPunctuation(",") && { advance(); return true }()
        return conditions
    }

    mutating func parseFor() throws -> Stmt {
        let start = advance().span.start  // for
        if isKeyword("case") || isKeyword("try") || current.text == "await" {
            throw failure("'for \(current.text)' is not supported; expected 'for name in sequence'", at: current.span)
        }
        let pattern = try parsePattern("after 'for'")
        if isPunctuation(":") { throw failure("type annotations on loop variables are not supported; expected 'in'", at: current.span) }
        guard isKeyword("in") else { throw failure("expected 'in' after the 'for' pattern") }
        advance()
        let saved = allowsTrailingClosure
        allowsTrailingClosure = false
        let sequence = try parseExpression("after 'in'")
        allowsTrailingClosure = saved
        if isKeyword("where") {
            throw failure("'where' clauses are not supported; use 'if' inside the loop body", at: current.span)
        }
        let body = try parseBlock("the 'for' body")
        return Stmt(.forIn(pattern, sequence, body), span(from: start))
    }

    mutating func parseWhile() throws -> Stmt {
        let start = advance().span.start  // while
        if isKeyword("let") || isKeyword("var") {
            throw failure("'while \(current.text)' is not supported; expected a Bool condition", at: current.span)
        }
        let saved = allowsTrailingClosure
        allowsTrailingClosure = false
        let condition = try parseExpression("after 'while'")
        allowsTrailingClosure = saved
        if isPunctuation(",") { throw failure("condition lists are not supported in 'while'; expected '{' (combine with '&&')", at: current.span) }
        let body = try parseBlock("the 'while' body")
        return Stmt(.while(condition, body), span(from: start))
    }

    /// `name`, `_` or `(p1, p2, …)`.
    mutating func parsePattern(_ context: String) throws -> Pattern {
        try enterNesting()
        defer { depth -= 1 }
        if current.kind == .identifier && !current.text.hasPrefix("$") {
            return .name(identifierName(advance()))
        }
        if isKeyword("_") { advance(); return .wildcard }
        if isPunctuation("(") {
            advance()
            var elements: [Pattern] = []
            if !isPunctuation(")") {
                repeat {
                    elements.append(try parsePattern("in the tuple pattern"))
                } while isPunctuation(",") && { advance(); return true }()
            }
            try expect(")", "expected ')' after the tuple pattern")
            return .tuple(elements)
        }
        throw failure("expected a name, '_' or a tuple pattern '(a, b)' \(context)")
    }

    /// The name of an identifier token (without backticks).
    func identifierName(_ token: Token) -> String {
        if case let .string(parts)? = token.literal, case let .literal(name)? = parts.first { return name }
        return token.text
    }
}
