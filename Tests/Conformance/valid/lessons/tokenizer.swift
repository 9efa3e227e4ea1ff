enum Token: Equatable {
    case number(Double)
    case identifier(String)
    case op(Character)
    case leftParen, rightParen
}

enum LexError: Error {
    case unexpected(Character, position: Int)
}

func tokenize(_ input: String) throws -> [Token] {
    var tokens: [Token] = []
    let chars = Array(input)
    var i = 0
    while i < chars.count {
        let c = chars[i]
        if c == " " {
            i += 1
        } else if c.isNumber || c == "." {
            var text = ""
            while i < chars.count && (chars[i].isNumber || chars[i] == ".") {
                text.append(chars[i]); i += 1
            }
            tokens.append(.number(Double(text)!))
        } else if c.isLetter {
            var text = ""
            while i < chars.count && (chars[i].isLetter || chars[i].isNumber) {
                text.append(chars[i]); i += 1
            }
            tokens.append(.identifier(text))
        } else if "+-*/^".contains(c) {
            tokens.append(.op(c)); i += 1
        } else if c == "(" {
            tokens.append(.leftParen); i += 1
        } else if c == ")" {
            tokens.append(.rightParen); i += 1
        } else {
            throw LexError.unexpected(c, position: i)
        }
    }
    return tokens
}

func show(_ t: Token) -> String {
    switch t {
    case .number(let v): return "NUM(\(v))"
    case .identifier(let s): return "ID(\(s))"
    case .op(let c): return "OP(\(c))"
    case .leftParen: return "("
    case .rightParen: return ")"
    }
}

for source in ["3 + 4.5 * x1", "(a - 2) ^ 2", "7 % 2", "sin(theta)/2"] {
    do {
        let tokens = try tokenize(source)
        print(tokens.map(show).joined(separator: " "))
        let ops = tokens.filter { if case .op = $0 { return true } else { return false } }.count
        print("  \(tokens.count) tokens, \(ops) operators, has paren: \(tokens.contains(.leftParen))")
    } catch LexError.unexpected(let c, let pos) {
        print("unexpected '\(c)' at \(pos)")
    }
}
print(Token.number(1))
