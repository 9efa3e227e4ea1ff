// Declarations: `let`/`var`, `func`, `class` (with stored properties, `init` and methods).

extension Parser {
    /// `let x: Type = value`, `var (a, b) = pair`, `var u: Embedding, i: Embedding`; the current
    /// token is `let` or `var`. Each comma-separated binding becomes its own declaration.
    mutating func parseVariableDeclarations(inClass: Bool = false) throws -> [(VariableDecl, SourceSpan)] {
        let keyword = advance()
        var declarations: [(VariableDecl, SourceSpan)] = []
        repeat {
            let start = declarations.isEmpty ? keyword.span.start : current.span.start
            let decl = try parseBinding(keyword: keyword, inClass: inClass)
            declarations.append((decl, span(from: start)))
        } while isPunctuation(",") && { advance(); return true }()
        return declarations
    }

    /// One `pattern: Type = value` binding after `let`/`var`.
    mutating func parseBinding(keyword: Token, inClass: Bool) throws -> VariableDecl {
        let patternToken = current
        let pattern = try parsePattern("after '\(keyword.text)'")
        var type: TypeRef?
        if isPunctuation(":") {
            advance()
            type = try parseType()
        }
        if inClass && isPunctuation("{") {
            throw failure("computed properties are not supported; expected a stored property ('= value') or a 'func' method", at: current.span)
        }
        var initializer: Expr?
        if isPunctuation("=") {
            advance()
            initializer = try parseExpression("after '='")
        }
        if type == nil && initializer == nil {
            throw failure("expected ': Type' or '= value' after '\(keyword.text) \(Self.describe(pattern))'")
        }
        if inClass, case .name = pattern {} else if inClass {
            throw failure("expected a single property name after '\(keyword.text)'", at: patternToken.span)
        }
        return VariableDecl(isConstant: keyword.text == "let", pattern: pattern, type: type, initializer: initializer)
    }

    static func describe(_ pattern: Pattern) -> String {
        switch pattern {
        case let .name(n): return n
        case .wildcard: return "_"
        case let .tuple(ps): return "(" + ps.map(describe).joined(separator: ", ") + ")"
        }
    }

    /// `func name(params) -> Type { body }`; the current token is `func`.
    mutating func parseFunction() throws -> FunctionDecl {
        let start = advance().span.start  // func
        guard current.kind == .identifier else {
            if current.kind == .operator {
                throw failure("operator functions are not supported; expected a function name", at: current.span)
            }
            throw failure("expected a function name after 'func'")
        }
        let name = identifierName(advance())
        return try parseFunctionRest(name: name, start: start)
    }

    /// The part of a function or initializer after its name.
    mutating func parseFunctionRest(name: String, start: SourcePosition) throws -> FunctionDecl {
        if isOperator("<") {
            throw failure("generic functions are not supported; expected '(' after '\(name)'", at: current.span)
        }
        guard isPunctuation("(") else { throw failure("expected '(' after '\(name)'") }
        let parameters = try parseParameterList(of: name)
        if current.kind == .keyword && (current.text == "throws" || current.text == "rethrows") || current.text == "async" {
            throw failure("'\(current.text)' functions are not supported; expected '->' or '{'", at: current.span)
        }
        var returnType: TypeRef?
        if isPunctuation("->") {
            advance()
            returnType = try parseType()
        }
        if isKeyword("where") {
            throw failure("'where' clauses are not supported; expected '{'", at: current.span)
        }
        let body = try parseBlock("the body of '\(name)'")
        return FunctionDecl(name: name, parameters: parameters, returnType: returnType, body: body, span: span(from: start))
    }

    /// `(label name: Type = default, _ name: Type, name: Type)`.
    mutating func parseParameterList(of function: String) throws -> [Parameter] {
        try expect("(", "expected '(' after '\(function)'")
        var parameters: [Parameter] = []
        while !isPunctuation(")") {
            let first = current
            guard first.kind == .identifier || (first.kind == .keyword && !["let", "var", "inout"].contains(first.text)) else {
                if isKeyword("inout") || isKeyword("let") || isKeyword("var") {
                    throw failure("'\(current.text)' parameters are not supported; expected a parameter name", at: current.span)
                }
                throw failure("expected a parameter name or ')' in the parameters of '\(function)'")
            }
            advance()
            var label: String? = first.text == "_" ? nil : identifierName(first)
            var name = identifierName(first)
            if current.kind == .identifier || isKeyword("_") {
                let second = advance()
                name = identifierName(second)
            } else if first.text == "_" {
                throw failure("expected a parameter name after '_'")
            } else if first.kind == .keyword {
                throw failure("expected a parameter name after the label '\(first.text)'")
            }
            if first.kind == .keyword && first.text != "_" { label = first.text }
            guard isPunctuation(":") else {
                throw failure("expected ':' and a type after parameter '\(name)'")
            }
            advance()
            if isKeyword("inout") { throw failure("'inout' parameters are not supported; return a new value or use a class", at: current.span) }
            let type = try parseType()
            if isOperator("...") { throw failure("variadic parameters are not supported; expected an array parameter", at: current.span) }
            var defaultValue: Expr?
            if isPunctuation("=") {
                advance()
                defaultValue = try parseExpression("as the default value of '\(name)'")
            }
            parameters.append(Parameter(label: label, name: name, type: type, defaultValue: defaultValue))
            if isPunctuation(",") { advance(); continue }
            guard isPunctuation(")") else { throw failure("expected ',' or ')' after parameter '\(name)'") }
        }
        advance()  // )
        return parameters
    }

    /// `class Name: Superclass { members }`; the current token is `class`.
    mutating func parseClass() throws -> ClassDecl {
        advance()  // class
        guard current.kind == .identifier else { throw failure("expected a class name after 'class'") }
        let name = identifierName(advance())
        if isOperator("<") { throw failure("generic classes are not supported; expected ':' or '{'", at: current.span) }
        var superclass: String?
        if isPunctuation(":") {
            advance()
            guard current.kind == .identifier else { throw failure("expected a superclass name after ':'") }
            superclass = identifierName(advance())
            if isPunctuation(",") {
                throw failure("protocol conformances are not supported; expected one superclass and '{'", at: current.span)
            }
        }
        let open = current
        try expect("{", "expected '{' to start the body of class '\(name)'")
        var properties: [VariableDecl] = []
        var initializers: [FunctionDecl] = []
        var methods: [FunctionDecl] = []
        while true {
            while isPunctuation(";") { advance() }
            if isAtEnd || isPunctuation("}") { break }
            let memberStart = index
            do {
                try skipMemberModifiers()
                let start = current.span.start
                if isKeyword("let") || isKeyword("var") {
                    properties += try parseVariableDeclarations(inClass: true).map(\.0)
                } else if isKeyword("func") {
                    methods.append(try parseFunction())
                } else if isKeyword("init") {
                    advance()
                    if current.kind == .operator && (current.text == "?" || current.text == "!") {
                        throw failure("failable initializers are not supported; expected '('", at: current.span)
                    }
                    initializers.append(try parseFunctionRest(name: "init", start: start))
                } else if current.kind == .keyword, let message = Self.unsupportedKeywordMessage(current.text), current.text != "init" {
                    throw failure(message, at: current.span)
                } else {
                    throw failure("expected 'let', 'var', 'init' or 'func' in the body of class '\(name)', found \(currentDescription)", at: errorSpan)
                }
                try expectStatementEnd()
            } catch {
                synchronize(statementStart: memberStart)
            }
            if index == memberStart && !isAtEnd && !isPunctuation("}") { advance() }
        }
        try expect("}", "expected '}' to close class '\(name)' opened at \(open.span.start)")
        return ClassDecl(name: name, superclass: superclass, properties: properties, initializers: initializers, methods: methods)
    }

    /// Accepts and ignores `override`, `final`, `private`, … and attributes before a member.
    mutating func skipMemberModifiers() throws {
        while true {
            if isPunctuation("@") { try skipAttributes(); continue }
            if isKeyword("static") || (current.kind == .keyword && current.text == "class" && (isKeyword("func", 1) || isKeyword("var", 1) || isKeyword("let", 1))) {
                throw failure("'\(current.text)' members are not supported; expected an instance property or method", at: current.span)
            }
            let isModifier = Self.ignoredModifiers.contains(current.text)
                && (current.kind == .identifier || current.kind == .keyword)
                && (peek(1).kind == .keyword || Self.ignoredModifiers.contains(peek(1).text) || isPunctuation("(", 1))
            guard isModifier else { return }
            advance()
            // `private(set)`
            if isPunctuation("(") {
                advance()
                while !isPunctuation(")") && !isAtEnd { advance() }
                try expect(")", "expected ')' after the access modifier")
            }
        }
    }
}
