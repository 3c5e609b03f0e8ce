enum Token {
    case number(Int)
    case word(String)
    case pair(Int, String)
    case mixed(Int, label: String)
}
print(Token.number(3)) // expect: number(3)
print(Token.word("hi")) // expect: word("hi")
print(Token.pair(1, "a")) // expect: pair(1, "a")
print(Token.mixed(2, label: "b")) // expect: mixed(2, label: "b")
print([Token.word("x")]) // expect: [main.Token.word("x")]
