class Token: Equatable {
    var text: String
    init(_ text: String) { self.text = text }
    static func == (a: Token, b: Token) -> Bool { a.text == b.text }
}
let a = Token("x"), b = Token("x"), c = Token("y")
print(a == b, a == c, a != c, a === b) // expect: true false true false
