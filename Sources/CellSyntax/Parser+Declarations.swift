// Declarations: variables (stored, computed, observed), functions, initializers, subscripts,
// nominal types, protocols, extensions, enum cases, type aliases, imports, operators and
// precedence groups, with their attributes and modifiers.

extension Parser {
    /// Contextual words that modify a following declaration (`mutating func`, `lazy var`).
    static let contextualModifiers: Set<String> = [
        "final", "override", "mutating", "nonmutating", "lazy", "weak", "unowned", "required", "convenience",
        "indirect", "prefix", "postfix", "infix", "open", "dynamic", "optional", "nonisolated", "package",
    ]
    static let keywordModifiers: Set<String> = ["static", "private", "fileprivate", "internal", "public"]
    static let declarationKeywords: Set<String> = [
        "let", "var", "func", "init", "deinit", "subscript", "struct", "class", "enum", "protocol", "extension",
        "typealias", "import", "associatedtype", "precedencegroup",
    ]

    /// Whether a declaration starts at the cursor (`offset` tokens ahead).
    func startsDeclaration(at offset: Int = 0) -> Bool {
        let token = peek(offset)
        switch token.kind {
        case .punctuation:
            return token.text == "@" && !(peek(offset + 1).isIdentifier("unknown"))
        case .keyword:
            return Self.declarationKeywords.contains(token.text) || Self.keywordModifiers.contains(token.text)
        case .identifier:
            guard !token.isEscaped, Self.contextualModifiers.contains(token.text) else { return false }
            let next = peek(offset + 1)
            if next.newlineBefore && token.text != "override" { return false }
            if next.isKeyword("operator") || next.isKeyword("case") { return true }
            if next.isPunctuation("(") && (token.text == "unowned") { return true }
            return startsDeclaration(at: offset + 1)
        default:
            return false
        }
    }

    /// Whether the current token is a modifier of the declaration that follows.
    private func atModifier() -> Bool {
        let token = current
        if token.kind == .keyword && token.text == "class" {
            let next = peek()
            return next.kind == .keyword
                && ["func", "var", "let", "subscript", "init", "class", "static"].contains(next.text)
                || (next.kind == .identifier && Self.contextualModifiers.contains(next.text))
                || (next.kind == .keyword && Self.keywordModifiers.contains(next.text))
        }
        if token.kind == .keyword { return Self.keywordModifiers.contains(token.text) }
        if token.kind == .identifier && !token.isEscaped && Self.contextualModifiers.contains(token.text) {
            let next = peek()
            return next.kind == .keyword || next.kind == .identifier && Self.contextualModifiers.contains(next.text)
                || next.isPunctuation("(")
        }
        return false
    }

    /// A declaration with its attributes and modifiers.
    mutating func parseDeclaration(inType: Bool = false) throws -> Decl {
        let start = current.span.start
        var attributes: [String] = []
        while isPunctuation("@") {
            advance()
            guard current.kind == .identifier || current.kind == .keyword else {
                throw failure("expected an attribute name")
            }
            attributes.append(advance().text)
            if isPunctuation("(") && current.isLeftBound { skipBalanced() }
        }
        var modifiers: [String] = []
        while atModifier() {
            var modifier = advance().text
            if isPunctuation("(") {
                // `private(set)`, `unowned(unsafe)`
                advance()
                modifier += "(" + advance().text + ")"
                try expect(")", "expected ')' in modifier")
            }
            modifiers.append(modifier)
        }
        let keyword = current
        func decl(_ kind: DeclKind, _ nameSpan: SourceSpan) -> Decl {
            Decl(kind, attributes: attributes, modifiers: modifiers, span: span(from: start), nameSpan: nameSpan)
        }
        guard keyword.kind == .keyword else { throw failure("expected declaration") }
        switch keyword.text {
        case "let", "var":
            advance()
            let (variable, nameSpan) = try parseVariable(isLet: keyword.text == "let")
            return decl(.variable(variable), nameSpan)
        case "func":
            advance()
            let (function, nameSpan) = try parseFunction()
            return decl(.function(function), nameSpan)
        case "init":
            advance()
            var failability = Failability.none
            if current.kind == .operator && current.isLeftBound && (current.text == "?" || current.text == "!") {
                failability = advance().text == "?" ? .optional : .implicitlyUnwrapped
            }
            let genericParameters = try parseGenericParametersIfPresent()
            let parameters = try parseParameterList(isSubscript: false)
            let (effects, thrownType) = try parseEffectsAndThrownType()
            let whereClause = try parseWhereClauseIfPresent()
            let body = isPunctuation("{") ? try parseBlock("expected '{'") : nil
            var initializer = InitializerDecl(
                failability: failability, genericParameters: genericParameters, parameters: parameters,
                effects: effects,
                whereClause: whereClause, body: body)
            initializer.thrownType = thrownType
            return decl(.initializer(initializer), keyword.span)
        case "deinit":
            advance()
            let body = try parseBlock("expected '{' for deinitializer")
            return decl(.deinitializer(body), keyword.span)
        case "subscript":
            advance()
            let genericParameters = try parseGenericParametersIfPresent()
            let parameters = try parseParameterList(isSubscript: true)
            guard consume("->") != nil else {
                throw failure("expected '->' for subscript element type", at: missingTokenSpan)
            }
            let returnType = try parseType()
            let whereClause = try parseWhereClauseIfPresent()
            guard isPunctuation("{") else {
                throw failure(
                    "expected '{' in subscript to specify getter and setter implementation", at: missingTokenSpan)
            }
            let (accessors, getterEffects) = try parseAccessorBlock()
            var subscriptDecl = SubscriptDecl(
                genericParameters: genericParameters, parameters: parameters, returnType: returnType,
                whereClause: whereClause, accessors: accessors)
            subscriptDecl.getterEffects = getterEffects
            return decl(.subscript(subscriptDecl), keyword.span)
        case "struct", "class", "enum":
            advance()
            let name = try parseDeclName("expected identifier in \(keyword.text) declaration")
            let genericParameters = try parseGenericParametersIfPresent()
            let inheritance = try parseInheritanceIfPresent()
            let whereClause = try parseWhereClauseIfPresent()
            let members = try parseMembers("expected '{' in \(keyword.text)")
            let nominal = NominalDecl(
                kind: NominalKind(rawValue: keyword.text)!, name: name.text, genericParameters: genericParameters,
                inheritance: inheritance, whereClause: whereClause, members: members)
            return decl(.nominal(nominal), name.span)
        case "protocol":
            advance()
            let name = try parseDeclName("expected identifier in protocol declaration")
            let inheritance = try parseInheritanceIfPresent()
            let whereClause = try parseWhereClauseIfPresent()
            let members = try parseMembers("expected '{' in protocol type", isProtocol: true)
            return decl(
                .protocol(
                    ProtocolDecl(name: name.text, inheritance: inheritance, whereClause: whereClause, members: members)),
                name.span)
        case "extension":
            advance()
            let type = try parseType("expected type name in extension declaration")
            let inheritance = try parseInheritanceIfPresent()
            let whereClause = try parseWhereClauseIfPresent()
            let members = try parseMembers("expected '{' in extension")
            return decl(
                .extension(
                    ExtensionDecl(
                        extendedType: type, inheritance: inheritance, whereClause: whereClause, members: members)),
                type.span)
        case "case":
            advance()
            var elements: [EnumElement] = []
            var firstNameSpan: SourceSpan?
            repeat {
                guard current.kind == .identifier else {
                    throw failure("expected identifier in enum 'case' declaration", at: keyword.span)
                }
                let name = try parseDeclName("expected identifier in enum 'case' declaration")
                if firstNameSpan == nil { firstNameSpan = name.span }
                var payload: [EnumPayloadElement]?
                if isPunctuation("(") {
                    payload = try parseEnumPayload()
                }
                var rawValue: Expr?
                if consume("=") != nil { rawValue = try parseExpression() }
                if current.kind == .identifier && !atLineStart {
                    throw failure(
                        "found an unexpected second identifier in enum 'case' declaration; is there an accidental break?"
                    )
                }
                elements.append(
                    EnumElement(
                        name: name.text, associatedValues: payload, rawValue: rawValue,
                        isIndirect: modifiers.contains("indirect"), span: span(from: name.span.start)))
            } while consume(",") != nil
            return decl(.enumCase(elements), firstNameSpan ?? keyword.span)
        case "typealias":
            advance()
            let name = try parseDeclName("expected identifier in typealias declaration")
            let genericParameters = try parseGenericParametersIfPresent()
            try expect("=", "expected '=' in type alias declaration")
            let type = try parseType()
            return decl(.typeAlias(name: name.text, genericParameters: genericParameters, type: type), name.span)
        case "associatedtype":
            advance()
            let name = try parseDeclName("expected identifier in associatedtype declaration")
            let inheritance = try parseInheritanceIfPresent()
            var defaultType: TypeRef?
            if consume("=") != nil { defaultType = try parseType() }
            _ = try parseWhereClauseIfPresent()
            return decl(.associatedType(name: name.text, inheritance: inheritance, defaultType: defaultType), name.span)
        case "import":
            advance()
            if current.kind == .keyword
                && ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"].contains(current.text)
            {
                advance()
            }
            guard current.kind == .identifier else {
                throw failure("expected identifier in import declaration")
            }
            let name = advance()
            var path = name.text
            while isPunctuation(".") && !current.newlineBefore {
                advance()
                path += "." + advance().text
            }
            return decl(.import(path), name.span)
        case "operator":
            advance()
            guard current.kind == .operator else { throw failure("expected operator name in operator declaration") }
            let name = advance()
            var group: String?
            if consume(":") != nil {
                guard current.kind == .identifier else {
                    throw failure("expected precedence group name after ':' in operator declaration")
                }
                group = advance().text
            }
            let fixity = modifiers.last { ["prefix", "postfix", "infix"].contains($0) } ?? "infix"
            return decl(.operatorDecl(fixity: fixity, name: name.text, precedenceGroup: group), name.span)
        case "precedencegroup":
            advance()
            let name = try parseDeclName("expected identifier after 'precedencegroup'")
            try expect("{", "expected '{' after name of precedence group")
            var higherThan: [String] = []
            var lowerThan: [String] = []
            var associativity: String?
            var assignment = false
            while !isPunctuation("}") && !isAtEnd {
                let key = advance()
                try expect(":", "expected colon after attribute name in precedence group")
                switch key.text {
                case "higherThan", "lowerThan":
                    repeat {
                        guard current.kind == .identifier else {
                            throw failure("expected name of related precedence group after '\(key.text)'")
                        }
                        let group = advance().text
                        if key.text == "higherThan" { higherThan.append(group) } else { lowerThan.append(group) }
                    } while consume(",") != nil
                case "associativity":
                    associativity = advance().text
                case "assignment":
                    assignment = advance().text == "true"
                default:
                    throw failure("'\(key.text)' is not a valid precedence group attribute", at: key.span)
                }
            }
            try expect("}", "expected '}' at end of precedence group")
            return decl(
                .precedenceGroup(
                    name: name.text, higherThan: higherThan, lowerThan: lowerThan, associativity: associativity,
                    assignment: assignment), name.span)
        default:
            throw failure("expected declaration")
        }
    }

    /// Skips a balanced `( … )` (attribute arguments).
    mutating func skipBalanced() {
        var nesting = 0
        repeat {
            if isPunctuation("(") { nesting += 1 }
            if isPunctuation(")") { nesting -= 1 }
            advance()
        } while nesting > 0 && !isAtEnd
    }

    /// The name of a declaration (`struct Point`), or `message` when missing.
    private mutating func parseDeclName(_ message: String) throws -> Token {
        guard current.kind == .identifier else { throw failure(message, at: missingTokenSpan) }
        return advance()
    }

    // MARK: - Variables

    private mutating func parseVariable(isLet: Bool) throws -> (VariableDecl, SourceSpan) {
        var bindings: [PatternBinding] = []
        var nameSpan: SourceSpan?
        repeat {
            let pattern = try parseBindingPattern()
            if nameSpan == nil { nameSpan = pattern.span }
            if current.kind == .identifier && !atLineStart {
                let what = isLet ? "constant" : "variable"
                throw failure(
                    "found an unexpected second identifier in \(what) declaration; is there an accidental break?")
            }
            var type: TypeRef?
            if consume(":") != nil { type = try parseType() }
            var initializer: Expr?
            if isPunctuation("=") {
                advance()
                guard startsExpression(current) else {
                    throw failure("expected initial value after '='", at: missingTokenSpan)
                }
                initializer = try parseExpression()
            }
            var binding = PatternBinding(pattern: pattern, type: type, initializer: initializer)
            if isPunctuation("{") && (type != nil || initializer != nil) {
                (binding.accessors, binding.getterEffects) = try parseAccessorBlock()
            }
            bindings.append(binding)
        } while consume(",") != nil
        return (VariableDecl(isLet: isLet, bindings: bindings), nameSpan ?? SourceSpan(at: previousEnd))
    }

    /// Whether the token `offset` ahead begins an accessor (`get`, `set`, `willSet`, `didSet`,
    /// possibly after `mutating`/`nonmutating` or attributes).
    private func startsAccessor(at offset: Int) -> Bool {
        var i = offset
        while peek(i).isPunctuation("@") { i += 2 }
        if peek(i).isIdentifier("mutating") || peek(i).isIdentifier("nonmutating") { i += 1 }
        let token = peek(i)
        guard token.kind == .identifier, !token.isEscaped else { return false }
        switch token.text {
        case "willSet", "didSet", "_modify", "_read":
            return true
        case "get", "set":
            let next = peek(i + 1)
            return next.isPunctuation("{") || next.isPunctuation("}") || next.isPunctuation("(") || next.newlineBefore
                || next.isIdentifier("set") || next.isIdentifier("get") || next.isIdentifier("mutating")
                || next.isIdentifier("nonmutating") || next.isKeyword("throws") || next.isIdentifier("async")
        default:
            return false
        }
    }

    /// `{ get … set … }`, `{ willSet … didSet … }`, `{ get set }` or a getter's statements.
    mutating func parseAccessorBlock() throws -> (AccessorBlock, getterEffects: Effects) {
        advance()
        try enterNesting()
        defer { depth -= 1 }
        do {
            return try parseAccessorBlockContents()
        } catch {
            // Skip the rest of the block, so its `}` does not close an enclosing one.
            skipToClosingBrace()
            throw error
        }
    }

    /// Consumes tokens up to and including the `}` that closes the current block.
    mutating func skipToClosingBrace() {
        var nesting = 1
        while !isAtEnd {
            if isPunctuation("{") { nesting += 1 }
            if isPunctuation("}") {
                nesting -= 1
                if nesting == 0 {
                    advance()
                    return
                }
            }
            advance()
        }
    }

    /// The accessors after the `{`, up to and including the `}`.
    private mutating func parseAccessorBlockContents() throws -> (AccessorBlock, getterEffects: Effects) {
        guard startsAccessor(at: 0) else {
            let statements = inCodeBlock { $0.with(trailingClosures: true) { $0.parseStatements(inBraces: true) } }
            try expect("}", "expected '}' at end of brace statement")
            return (.computed(getter: statements, setter: nil), .none)
        }
        var getter: [Stmt]?
        var setter: Accessor?
        var willSet: Accessor?
        var didSet: Accessor?
        var settable = false
        var hasBodies = false
        var getterEffects = Effects.none
        while !isPunctuation("}") && !isAtEnd {
            let start = current.span.start
            while isPunctuation("@") {
                advance()
                advance()
            }
            if isIdentifier("mutating") || isIdentifier("nonmutating") { advance() }
            guard current.kind == .identifier else {
                throw failure("expected 'get', 'set', 'willSet', or 'didSet' keyword to start an accessor definition")
            }
            let kind = advance().text
            var parameterName: String?
            if consume("(") != nil {
                guard current.kind == .identifier else { throw failure("expected the name of the setter's parameter") }
                parameterName = advance().text
                try expect(")", "expected ')' after setter parameter name")
            }
            let effects = try parseEffects()
            if kind == "get" { getterEffects = effects }
            var body: [Stmt]?
            if isPunctuation("{") {
                body = try parseBlock("expected '{'")
                hasBodies = true
            } else if !inTypeBody {
                let what = ["get": "getter", "set": "setter"][kind] ?? kind
                throw failure("expected '{' to start \(what) definition")
            }
            let accessor = Accessor(parameterName: parameterName, body: body ?? [], span: span(from: start))
            switch kind {
            case "get": getter = body ?? []
            case "set":
                settable = true
                setter = accessor
            case "willSet": willSet = accessor
            case "didSet": didSet = accessor
            default:
                throw failure(
                    "expected 'get', 'set', 'willSet', or 'didSet' keyword to start an accessor definition",
                    at: SourceSpan(at: start))
            }
        }
        try expect("}", "expected '}' at end of variable get/set clause")
        if willSet != nil || didSet != nil { return (.observers(willSet: willSet, didSet: didSet), getterEffects) }
        if !hasBodies { return (.requirement(settable: settable), getterEffects) }
        return (.computed(getter: getter ?? [], setter: setter), getterEffects)
    }

    // MARK: - Functions

    private mutating func parseFunction() throws -> (FunctionDecl, SourceSpan) {
        let name = current
        guard name.kind == .identifier || name.kind == .operator || (name.kind == .keyword && name.isEscaped) else {
            throw failure("expected identifier in function declaration", at: missingTokenSpan)
        }
        advance()
        let genericParameters = try parseGenericParametersIfPresent()
        let parameters = try parseParameterList(isSubscript: false)
        let (effects, thrownType) = try parseEffectsAndThrownType()
        var returnType: TypeRef?
        if consume("->") != nil { returnType = try parseType("expected type for function result") }
        let whereClause = try parseWhereClauseIfPresent()
        var body: [Stmt]?
        if isPunctuation("{") {
            if inProtocol { record("protocol methods must not have bodies", at: SourceSpan(at: current.span.start)) }
            body = try parseBlock("expected '{' in body of function declaration")
        }
        var function = FunctionDecl(
            name: name.text, genericParameters: genericParameters, parameters: parameters, effects: effects,
            returnType: returnType, whereClause: whereClause, body: body)
        function.thrownType = thrownType
        return (function, name.span)
    }

    /// `async`, `throws`, `rethrows`, `throws(E)`.
    mutating func parseEffects() throws -> Effects {
        try parseEffectsAndThrownType().effects
    }

    /// `async`, `throws`, `rethrows`, `throws(E)`, and the thrown type of `throws(E)`.
    mutating func parseEffectsAndThrownType() throws -> (effects: Effects, thrownType: TypeRef?) {
        var thrownType: TypeRef?
        var effects = Effects.none
        while isIdentifier("async") || isKeyword("throws") || isKeyword("rethrows") {
            let word = advance().text
            if word == "throws" { effects = .throwsKeyword }
            if word == "rethrows" { effects = .rethrowsKeyword }
            if word == "throws" && isPunctuation("(") && current.isLeftBound {
                advance()
                thrownType = try parseType()
                try expect(")", "expected ')' after thrown type")
            }
        }
        return (effects, thrownType)
    }

    /// `(label name: Type = default, _ x: inout Int, xs: Int...)`.
    private mutating func parseParameterList(isSubscript: Bool) throws -> [Parameter] {
        guard consume("(") != nil else {
            throw failure(
                isSubscript
                    ? "expected '(' for subscript parameters" : "expected '(' in argument list of function declaration",
                at: missingTokenSpan)
        }
        var parameters: [Parameter] = []
        while !isPunctuation(")") {
            let start = current.span.start
            var attributes: [String] = []
            while isPunctuation("@") {
                advance()
                attributes.append(advance().text)
            }
            guard current.kind == .identifier || current.kind == .keyword else {
                throw failure("expected parameter name followed by ':'", at: missingTokenSpan)
            }
            let first = advance().text
            var second: String?
            if current.kind == .identifier || current.kind == .keyword {
                second = advance().text
            }
            guard consume(":") != nil else {
                throw failure("expected ':' following argument label and parameter name", at: missingTokenSpan)
            }
            while isPunctuation("@") {
                advance()
                attributes.append(advance().text)
                if isPunctuation("(") && current.isLeftBound { skipBalanced() }
            }
            var isInout = false
            while isKeyword("inout") || isIdentifier("borrowing") || isIdentifier("consuming")
                || isIdentifier("__owned")
            {
                if advance().text == "inout" { isInout = true }
            }
            let type = try parseType("expected parameter type following ':'")
            var isVariadic = false
            if isOperator("...") {
                advance()
                isVariadic = true
            }
            var defaultValue: Expr?
            if consume("=") != nil { defaultValue = try parseExpression() }
            let label: String?
            let name: String?
            if let second {
                label = first == "_" ? nil : first
                name = second == "_" ? nil : second
            } else {
                label = isSubscript || first == "_" ? nil : first
                name = first == "_" ? nil : first
            }
            parameters.append(
                Parameter(
                    label: label, name: name, type: type, isInout: isInout, isVariadic: isVariadic,
                    attributes: attributes,
                    defaultValue: defaultValue, span: span(from: start)))
            if consume(",") == nil { break }
        }
        try expectListEnd(")", "expected ')' in parameter", at: missingTokenSpan)
        advance()
        return parameters
    }

    /// `<T, U: Equatable, V: A & B>` after a declaration's name.
    private mutating func parseGenericParametersIfPresent() throws -> [GenericParameter] {
        guard current.kind == .operator, current.text.hasPrefix("<") else { return [] }
        if current.text != "<" { splitCurrentOperator() }
        advance()
        var parameters: [GenericParameter] = []
        repeat {
            guard current.kind == .identifier else { throw failure("expected an identifier to name generic parameter") }
            let name = advance()
            var constraint: TypeRef?
            if consume(":") != nil { constraint = try parseType() }
            parameters.append(
                GenericParameter(name: name.text, constraint: constraint, span: span(from: name.span.start)))
        } while consume(",") != nil
        guard current.kind == .operator, current.text.hasPrefix(">") else {
            throw failure("expected '>' to complete generic parameter list")
        }
        if current.text != ">" { splitCurrentOperator() }
        advance()
        return parameters
    }

    /// `: A, B` after a type's name.
    private mutating func parseInheritanceIfPresent() throws -> [TypeRef] {
        guard consume(":") != nil else { return [] }
        var types: [TypeRef] = []
        repeat {
            if isKeyword("class") {
                let token = advance()
                types.append(TypeRef(.named("AnyObject", []), token.span))
            } else {
                types.append(try parseType())
            }
        } while consume(",") != nil
        return types
    }

    /// `where T: Equatable, T.Element == Int`.
    private mutating func parseWhereClauseIfPresent() throws -> [Requirement] {
        guard isKeyword("where") else { return [] }
        advance()
        var requirements: [Requirement] = []
        repeat {
            let subject = try parseType()
            if consume(":") != nil {
                requirements.append(.conformance(subject, try parseType()))
            } else if isOperator("==") {
                advance()
                requirements.append(.sameType(subject, try parseType()))
            } else {
                throw failure("expected ':' or '==' to indicate a conformance or same-type requirement")
            }
        } while consume(",") != nil
        return requirements
    }

    /// `(Int, label: String = "")` after an enum case's name.
    private mutating func parseEnumPayload() throws -> [EnumPayloadElement] {
        advance()
        var elements: [EnumPayloadElement] = []
        while !isPunctuation(")") {
            guard current.kind == .identifier || current.kind == .keyword || isPunctuation("(") || isPunctuation("[")
            else { throw failure("expected parameter name followed by ':'", at: missingTokenSpan) }
            var label: String?
            if (current.kind == .identifier || current.kind == .keyword) && peek().isPunctuation(":") {
                label = advance().text
                advance()
            } else if current.kind == .identifier && peek().kind == .identifier && peek(2).isPunctuation(":") {
                advance()
                label = advance().text
                advance()
            }
            let type = try parseType()
            var defaultValue: Expr?
            if consume("=") != nil { defaultValue = try parseExpression() }
            elements.append(
                EnumPayloadElement(label: label == "_" ? nil : label, type: type, defaultValue: defaultValue))
            if consume(",") == nil { break }
        }
        try expect(")", "expected ')' in enum case associated value list")
        return elements
    }

    /// `{ members }` of a type, protocol or extension.
    private mutating func parseMembers(_ message: String, isProtocol: Bool = false) throws -> [Decl] {
        guard consume("{") != nil else { throw failure(message, at: missingTokenSpan) }
        let saved = (inProtocol, inTypeBody)
        (inProtocol, inTypeBody) = (isProtocol, true)
        defer { (inProtocol, inTypeBody) = saved }
        try enterNesting()
        defer { depth -= 1 }
        var members: [Decl] = []
        while !isPunctuation("}") && !isAtEnd {
            if consume(";") != nil { continue }
            let startIndex = index
            do {
                if !(startsDeclaration() || isKeyword("case") || (isIdentifier("indirect") && isKeyword("case", 1))) {
                    // swiftc guesses what was meant: `name: Type` a property, `name(…)` a method.
                    if current.kind == .identifier {
                        throw failure(
                            peek().isPunctuation(":")
                                ? "expected 'var' keyword in property declaration"
                                : "expected 'func' keyword in instance method declaration")
                    }
                    throw failure("expected declaration")
                }
                members.append(try parseDeclaration(inType: true))
                if !isAtEnd && !atLineStart && !isPunctuation(";") && !isPunctuation("}") {
                    record(
                        "consecutive declarations on a line must be separated by ';'", at: SourceSpan(at: previousEnd))
                }
            } catch {
                synchronize(statementStart: startIndex)
            }
            if index == startIndex { advance() }
        }
        guard consume("}") != nil else {
            throw failure("expected '}' in " + String(message.dropFirst("expected '{' in ".count)))
        }
        return members
    }
}
