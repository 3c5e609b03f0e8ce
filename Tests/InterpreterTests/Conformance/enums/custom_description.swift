enum Suit: CustomStringConvertible {
    case hearts, spades
    var description: String {
        switch self {
        case .hearts: return "♥"
        case .spades: return "♠"
        }
    }
}
print(Suit.hearts) // expect: ♥
print([Suit.hearts, .spades]) // expect: [♥, ♠]
print("suit \(Suit.spades)") // expect: suit ♠
