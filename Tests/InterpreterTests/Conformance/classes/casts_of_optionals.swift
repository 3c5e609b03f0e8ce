// `as?`, `as!` and `is` on an optional of a class (nil matches nothing); `@discardableResult` is accepted.
class A { var n = 1 }
final class B: A { var extra = 2 }
let m: A? = B()
let none: A? = nil
let found = (m as? B)?.extra
print(found as Any) // expect: Optional(2)
print(none as? B as Any, m is B, none is B) // expect: nil true false
@discardableResult func push(_ x: Int) -> Int { x }
push(3)
