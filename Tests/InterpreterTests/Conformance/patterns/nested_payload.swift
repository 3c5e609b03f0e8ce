enum Inner { case a(Int), b }
enum Outer { case wrap(Inner), none }
for o in [Outer.wrap(.a(1)), .wrap(.b), .none] {
    switch o {
    case .wrap(.a(let n)): print("a", n) // expect: a 1
    case .wrap(.b): print("b") // expect: b
    case .none: print("none") // expect: none
    }
}
