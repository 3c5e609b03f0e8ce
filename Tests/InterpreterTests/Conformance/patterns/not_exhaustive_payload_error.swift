enum Inner { case a, b }
enum Outer { case wrap(Inner) }
switch Outer.wrap(.a) { // expect error: 3:1: switch must be exhaustive
case .wrap(.a): print("a")
}
