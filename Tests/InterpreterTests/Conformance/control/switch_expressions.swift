// `switch` as an expression (Swift 5.9): a method's, function's or closure's whole body, `let x = switch …`,
// patterns with bindings and `where`, a case that throws, literals typed by the context, nested `if`.
enum Phase { case warmUp, train, done }
struct Schedule {
    var base: Double
    func rate(_ p: Phase) -> Double {
        switch p {
        case .warmUp: base / 10
        case .train: base
        case .done: 0
        }
    }
}
let s = Schedule(base: 0.5)
print(s.rate(.warmUp), s.rate(.train), s.rate(.done)) // expect: 0.05 0.5 0.0
let n = 7
let kind = switch n % 3 {
case 0: "zero"
case 1: "one"
default: "two"
}
print(kind) // expect: one
func label(_ x: Int) -> String {
    switch x {
    case ..<0: "negative"
    case 0: "zero"
    case let y where y > 100: "big \(y)"
    default: "positive"
    }
}
print([-3, 0, 5, 200].map(label)) // expect: ["negative", "zero", "positive", "big 200"]
let weights: [Double] = [1, 2, 3].map { i in
    switch i {
    case 1: 0.5
    default: 2
    }
}
print(weights) // expect: [0.5, 2.0, 2.0]
enum Shape { case circle(Double), square(Double) }
let shapes: [Shape] = [.circle(1), .square(2)]
let areas = shapes.map { shape -> Double in
    switch shape {
    case .circle(let r): 3.0 * r * r
    case .square(let a): a * a
    }
}
print(areas) // expect: [3.0, 4.0]
enum ParseError: Error { case bad(String) }
func parse(_ t: String) throws -> Int {
    switch t {
    case "one": 1
    case "two": 2
    default: throw ParseError.bad(t)
    }
}
print(try parse("two")) // expect: 2
do { _ = try parse("x") } catch { print("error:", error) } // expect: error: bad("x")
var total = 0.0
total = switch Phase.train { case .warmUp: 1 case .train: 2.5 case .done: 0 }
let nested = switch (n > 5, n % 2 == 0) {
case (true, true): if n > 10 { "big even" } else { "even" }
case (true, false): "odd"
case (false, _): "small"
}
print(total, nested) // expect: 2.5 odd
