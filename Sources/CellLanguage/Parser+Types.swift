// Type annotations: `Int`, `[Double]`, `[String: Int]`, `Int?`, `(Int, String)`,
// `(Tensor) -> Tensor`, `Array<Int>`.

extension Parser {
    mutating func parseType() throws -> TypeRef {
        try enterNesting()
        defer { depth -= 1 }
        try skipAttributes()  // @escaping, @Sendable
        var type: TypeRef
        if isPunctuation("[") {
            advance()
            let element = try parseType()
            if isPunctuation(":") {
                advance()
                let value = try parseType()
                try expect("]", "expected ']' after the dictionary type")
                type = .dictionary(element, value)
            } else {
                try expect("]", "expected ']' after the array element type")
                type = .array(element)
            }
        } else if isPunctuation("(") {
            advance()
            var elements: [TypeRef] = []
            while !isPunctuation(")") {
                if (current.kind == .identifier || isKeyword("_")) && isPunctuation(":", 1) { advance(); advance() }
                elements.append(try parseType())
                if isPunctuation(",") { advance(); continue }
                guard isPunctuation(")") else { throw failure("expected ')' after the tuple type") }
            }
            advance()
            if isPunctuation("->") {
                advance()
                type = .function(elements, try parseType())
            } else if elements.count == 1 {
                type = elements[0]
            } else {
                type = .tuple(elements)
            }
        } else if current.kind == .identifier || isKeyword("Self") {
            var name = identifierName(advance())
            while isPunctuation(".") && (peek(1).kind == .identifier) {
                advance()
                name += "." + identifierName(advance())
            }
            var arguments: [TypeRef] = []
            if isOperator("<") {
                advance()
                repeat {
                    arguments.append(try parseType())
                } while isPunctuation(",") && { advance(); return true }()
                try expectClosingAngle()
            }
            type = .named(name, arguments)
        } else {
            throw failure("expected a type (such as Int, [Double], [String: Int], Int? or (Int, String))")
        }
        // `?` and `!` suffixes (written against the type, no space).
        while current.kind == .operator && current.isLeftBound && current.text.allSatisfy({ $0 == "?" || $0 == "!" }) {
            for _ in current.text { type = .optional(type) }
            advance()
        }
        return type
    }

    /// Consumes one `>` closing a generic argument list, splitting `>>` or `>?` as Swift does.
    mutating func expectClosingAngle() throws {
        guard current.kind == .operator, current.text.hasPrefix(">") else {
            throw failure("expected '>' after the generic arguments")
        }
        if current.text == ">" { advance(); return }
        var rest = current
        rest.text.removeFirst()
        rest.utf8Range = (rest.utf8Range.lowerBound + 1)..<rest.utf8Range.upperBound
        rest.span.start.column += 1
        rest.isLeftBound = true
        if rest.text == "=" { rest.kind = .punctuation }
        tokens[index] = rest
    }
}
