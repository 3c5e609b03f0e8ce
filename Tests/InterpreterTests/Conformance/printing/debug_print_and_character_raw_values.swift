debugPrint("hi", 1, [2.5], separator: ", ")
debugPrint(Optional("x") as Any)
enum Ch: Character { case a = "a", b = "b" }
print(Ch(rawValue: "b") as Any, Ch.a.rawValue, Ch.b)
struct P { var n = "q" }
debugPrint(P())
// expect: "hi", 1, [2.5]
// expect: Optional("x")
// expect: Optional(main.Ch.b) a b
// expect: main.P(n: "q")
