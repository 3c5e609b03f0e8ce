enum Color { case red, green }
enum Shape { case circle(radius: Double), rect(Double, Double), named(String) }
let c = Color.green
print(c) // expect: green
print("color: \(c)") // expect: color: green
print([c, .red]) // expect: [main.Color.green, main.Color.red]
let s = Shape.circle(radius: 2)
print(s) // expect: circle(radius: 2.0)
print(Shape.rect(1, 2.5), Shape.named("box")) // expect: rect(1.0, 2.5) named("box")
print([s]) // expect: [main.Shape.circle(radius: 2.0)]
print((s, c)) // expect: (main.Shape.circle(radius: 2.0), main.Color.green)
let o: Shape? = s
print(o as Any) // expect: Optional(main.Shape.circle(radius: 2.0))
print(["k": c]) // expect: ["k": main.Color.green]
print(String(describing: c)) // expect: green

enum Wrapped { case t((Int, Int)), labelled(p: (Int, Int)) }
print(Wrapped.t((1, 2)), Wrapped.labelled(p: (3, 4))) // expect: t(1, 2) labelled(p: (3, 4))
