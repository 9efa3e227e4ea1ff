// Types as written: `Int`, `[String: [Int]]`, `(Int, Double) -> Bool`, `T.Element?`,
// `some Collection`, `any P & Q`, `Array<Int>.Index`, `Int.Type`.

extension Parser {
    /// A type. `message` is the error when no type starts here (swiftc's "expected type").
    mutating func parseType(_ message: String = "expected type") throws -> TypeRef {
        try enterNesting()
        defer { depth -= 1 }
        let start = current.span.start
        // Attributes on function types (`@escaping (Int) -> Void`, `@Sendable`): parameter lists
        // record them (`Parameter.attributes`, `FunctionTypeParameter.attributes`); elsewhere
        // they have no meaning for us.
        while isPunctuation("@") {
            advance()
            advance()
        }
        var type = try parseTypeWithoutComposition(message)
        if isOperator("&") && current.isInfixForm {
            var members = [type]
            while isOperator("&") {
                advance()
                members.append(try parseTypeWithoutComposition(message))
            }
            type = TypeRef(.composition(members), span(from: start))
        }
        return type
    }

    private mutating func parseTypeWithoutComposition(_ message: String) throws -> TypeRef {
        let start = current.span.start
        if current.kind == .identifier && !current.isEscaped && (current.text == "some" || current.text == "any")
            && !peek().newlineBefore
            && (peek().kind == .identifier || peek().kind == .keyword || peek().isPunctuation("("))
            && !peek().isPunctuation(".")
        {
            let word = advance().text
            let inner = try parseTypeWithoutComposition(message)
            if isOperator("&") && current.isInfixForm {
                var members = [inner]
                while isOperator("&") {
                    advance()
                    members.append(try parseTypeWithoutComposition(message))
                }
                let composition = TypeRef(.composition(members), span(from: inner.span.start))
                return TypeRef(word == "some" ? .opaque(composition) : .existential(composition), span(from: start))
            }
            return TypeRef(word == "some" ? .opaque(inner) : .existential(inner), span(from: start))
        }
        let parenthesised = isPunctuation("(")
        var (type, functionParameters) = try parsePrimaryType(message)
        // A parenthesised type followed by `throws`/`->` is a function type.
        if isKeyword("throws") || isKeyword("rethrows") || isIdentifier("async") || isPunctuation("->") {
            var throwsKeyword = false
            while isKeyword("throws") || isKeyword("rethrows") || isIdentifier("async") {
                if advance().text != "async" { throwsKeyword = true }
            }
            try expect("->", "expected '->' after function parameter tuple")
            if !parenthesised {
                record("single argument function types require parentheses", at: SourceSpan(at: start))
            }
            let result = try parseType("expected type for function result")
            type = TypeRef(
                .function(
                    parameters: functionParameters ?? [FunctionTypeParameter(type: type)], throwsKeyword: throwsKeyword,
                    result: result),
                span(from: start))
        }
        return type
    }

    /// `Int`, `Array<Int>`, `A.B`, `[T]`, `[K: V]`, `(…)`, then `?`, `!`, `.Type`, `.Protocol`.
    /// Also returns the parameters when the type is a parenthesised list (a function type's
    /// parameters if `->` follows).
    private mutating func parsePrimaryType(_ message: String) throws -> (TypeRef, [FunctionTypeParameter]?) {
        let start = current.span.start
        var type: TypeRef
        var functionParameters: [FunctionTypeParameter]?
        var afterOptionalMark = false
        if isPunctuation("[") {
            advance()
            let element = try parseType("expected element type")
            if consume(":") != nil {
                let value = try parseType()
                guard consume("]") != nil else {
                    throw failure("expected ']' in dictionary type", at: missingTokenSpan)
                }
                type = TypeRef(.dictionary(element, value), span(from: start))
            } else {
                guard consume("]") != nil else { throw failure("expected ']' in array type", at: missingTokenSpan) }
                type = TypeRef(.array(element), span(from: start))
            }
        } else if isPunctuation("(") {
            (type, functionParameters) = try parseTupleType()
        } else if current.kind == .identifier || isKeyword("Self") || isKeyword("Any") || isKeyword("_") {
            if current.text == "$" && !current.isEscaped {
                throw failure("'$' is not an identifier; use backticks to escape it")
            }
            let name = advance().text
            let arguments = try parseGenericArgumentsIfPresent()
            type = TypeRef(.named(name, arguments), span(from: start))
        } else {
            throw failure(message)
        }
        // Postfix forms.
        while true {
            if isPunctuation(".") && !current.newlineBefore {
                // `Outer.Inner`, `T.Type`; after `?`/`!` only `.Type`/`.Protocol` (so `Int?.none`
                // is a member of the type `Int?`).
                let next = peek()
                guard next.kind == .identifier else { break }
                if afterOptionalMark && next.text != "Type" && next.text != "Protocol" { break }
                advance()
                let name = advance().text
                if name == "Type" || name == "Protocol" {
                    type = TypeRef(.metatype(type, isProtocol: name == "Protocol"), span(from: start))
                } else {
                    let arguments = try parseGenericArgumentsIfPresent()
                    type = TypeRef(.nested(type, name, arguments), span(from: start))
                }
            } else if isOperator("?") && current.isLeftBound {
                advance()
                type = TypeRef(.optional(type), span(from: start))
                afterOptionalMark = true
            } else if isOperator("!") && current.isLeftBound {
                advance()
                type = TypeRef(.implicitlyUnwrappedOptional(type), span(from: start))
                afterOptionalMark = true
            } else {
                break
            }
            functionParameters = nil
        }
        return (type, functionParameters)
    }

    /// `(Int, String)`, `(x: Int, y: Int)`, `()`, `(Int)` (just `Int`), and the parameter list
    /// of a function type (`(inout Int, Int...) -> Void`, `(_ x: Int) -> Int`).
    private mutating func parseTupleType() throws -> (TypeRef, [FunctionTypeParameter]) {
        let start = current.span.start
        advance()
        var elements: [TupleTypeElement] = []
        var parameters: [FunctionTypeParameter] = []
        while !isPunctuation(")") {
            var label: String?
            // `label: Type` or `_ name: Type` (names in function types are documentation).
            if current.kind == .identifier || isKeyword("_") {
                if peek().isPunctuation(":") {
                    label = advance().text
                    advance()
                } else if (peek().kind == .identifier || peek().isKeyword("_")) && peek(2).isPunctuation(":") {
                    advance()
                    advance()
                    advance()
                }
            }
            if isPunctuation(",") { throw failure("unexpected ',' separator") }
            var attributes: [String] = []
            while isPunctuation("@") {
                advance()
                attributes.append(advance().text)
            }
            var isInout = false
            if isKeyword("inout") {
                advance()
                isInout = true
            }
            let type = try parseType()
            var isVariadic = false
            if isOperator("...") {
                advance()
                isVariadic = true
            }
            elements.append(TupleTypeElement(label: label == "_" ? nil : label, type: type))
            parameters.append(
                FunctionTypeParameter(type: type, isInout: isInout, isVariadic: isVariadic, attributes: attributes))
            if consume(",") == nil { break }
        }
        try expectListEnd(")", "expected ')' in tuple type", at: missingTokenSpan)
        advance()
        let span = span(from: start)
        if elements.count == 1, elements[0].label == nil, !isPunctuation("->"), !isKeyword("throws"),
            !isIdentifier("async"), parameters[0].attributes.isEmpty, !parameters[0].isInout
        {
            var single = elements[0].type
            single.span = span
            return (single, parameters)
        }
        return (TypeRef(.tuple(elements), span), parameters)
    }

    /// `<Int, String>` after a type name, if present.
    mutating func parseGenericArgumentsIfPresent() throws -> [TypeRef] {
        guard current.kind == .operator, current.text.hasPrefix("<"), !current.newlineBefore else { return [] }
        if current.text != "<" { splitCurrentOperator() }
        advance()
        var arguments: [TypeRef] = []
        while true {
            arguments.append(try parseType())
            if consume(",") == nil { break }
        }
        guard current.kind == .operator, current.text.hasPrefix(">") else {
            throw failure("expected '>' to complete generic argument list")
        }
        if current.text != ">" { splitCurrentOperator() }
        advance()
        return arguments
    }
}
