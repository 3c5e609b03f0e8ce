enum ParseError: Error { case empty, bad(String) }
func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.bad(s) }
    return n
}
do {
    let n = try parse("42")
    print("parsed", n) // expect: parsed 42
    _ = try parse("x")
    print("not reached")
} catch {
    print("caught", error) // expect: caught bad("x")
}
