enum Piece: CustomStringConvertible {
    case pawn, knight, bishop, rook, queen, king

    var description: String {
        switch self {
        case .pawn: return "P"
        case .knight: return "N"
        case .bishop: return "B"
        case .rook: return "R"
        case .queen: return "Q"
        case .king: return "K"
        }
    }

    var value: Int {
        switch self {
        case .pawn: return 1
        case .knight, .bishop: return 3
        case .rook: return 5
        case .queen: return 9
        case .king: return 0
        }
    }
}

let backRank: [Piece] = [.rook, .knight, .bishop, .queen, .king, .bishop, .knight, .rook]
print(backRank)
print(backRank.map { $0.description }.joined())
print(backRank.reduce(0) { $0 + $1.value })
print(Piece.queen)
print("the \(Piece.king) is priceless")
let maybe: Piece? = .pawn
print(maybe as Any)
