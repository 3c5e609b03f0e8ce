let a: Int? = .some(3)
let b: Int? = .none
let c = Optional.some("x")
let d = Optional<Int>.none
let e: Double? = Optional.some(2)
print(a as Any, b as Any, c as Any, d as Any, e as Any)
func find(_ xs: [Int], _ x: Int) -> Int? {
    for (i, v) in xs.enumerated() where v == x { return .some(i) }
    return .none
}
print(find([4, 5], 5) ?? -1, find([4], 7) ?? -1)
switch a {
case .some(let v): print("value", v)
case .none: print("nothing")
}
// expect: Optional(3) nil Optional("x") nil Optional(2.0)
// expect: 1 -1
// expect: value 3
