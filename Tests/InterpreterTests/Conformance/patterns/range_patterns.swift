func grade(_ score: Int) -> String {
    switch score {
    case 90...100: return "A"
    case 80..<90: return "B"
    case 0..<80: return "C"
    default: return "?"
    }
}
print(grade(95), grade(85), grade(10), grade(-1)) // expect: A B C ?
