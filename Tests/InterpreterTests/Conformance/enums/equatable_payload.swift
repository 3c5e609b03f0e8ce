enum Token: Equatable {
    case number(Int)
    case word(String)
    case end
}
let a = Token.number(1)
print(a == .number(1), a == .number(2), a == .word("1")) // expect: true false false
print(Token.end == .end, Token.end != .word("x")) // expect: true true
let list: [Token] = [.word("a"), .end]
print(list.contains(.end)) // expect: true
