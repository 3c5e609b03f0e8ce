// Functions overloaded by parameter type: a call takes the overload whose parameter types its
// arguments have (a Double literal the Double one), beside overloads by labels; nested functions too.
struct Circle { var r: Double }
struct Square { var side: Double }
func area(_ c: Circle) -> Double { 3 * c.r * c.r }
func area(_ s: Square) -> Double { s.side * s.side }
func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: String) -> String { "string \(x)" }
func describe(_ x: Double) -> String { "double \(x)" }
func describe(value x: Int) -> String { "labelled \(x)" }
print(area(Circle(r: 1)), area(Square(side: 2))) // expect: 3.0 4.0
print(describe(3), describe("a"), describe(2.5), describe(value: 4)) // expect: int 3 string a double 2.5 labelled 4
let n = 7
print(describe(n), describe(Double(n))) // expect: int 7 double 7.0
func total() -> String {
    func twice(_ x: Int) -> Int { x * 2 }
    func twice(_ s: String) -> String { s + s }
    return twice("ab") + String(twice(21))
}
print(total()) // expect: abab42
