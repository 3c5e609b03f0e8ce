enum Token { case number(Int), word(String) }
func double(_ t: Token) -> Int {
    guard case .number(let n) = t else { return -1 }
    return n * 2
}
print(double(.number(21)), double(.word("x"))) // expect: 42 -1
