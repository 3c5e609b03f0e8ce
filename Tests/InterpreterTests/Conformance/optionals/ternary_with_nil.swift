// `c ? value : nil` and `c ? nil : value` where an optional is expected (a return type, an annotation):
// the value is wrapped.
func half(_ x: Int) -> Int? {
    return x % 2 == 0 ? x / 2 : nil
}
func f(_ n: Int) -> Double? { n == 0 ? nil : 1.0 / Double(n) }
print(half(4) as Any, half(3) as Any, f(0) as Any, f(2) as Any) // expect: Optional(2) nil nil Optional(0.5)
let b = 0
let x: Int? = b == 0 ? nil : 5
let y: Int? = b == 0 ? 5 : nil
print(x as Any, y as Any) // expect: nil Optional(5)
