func describe(_ n: Int) -> String {
    var parts: [String] = []
    switch n {
    case 2, 3, 5, 7:
        parts.append("prime")
        fallthrough
    case 1, 9:
        parts.append("odd-ish")
        fallthrough
    default:
        parts.append("number")
    }
    return parts.joined(separator: " ")
}
print(describe(3)) // expect: prime odd-ish number
print(describe(9)) // expect: odd-ish number
print(describe(4)) // expect: number
