struct P { var x = 1 }
let values: [Any] = [[4], "s", 2.5, [1: "a"], (1, "b"), Optional(3) as Any, [P()], [[1.0]]]
for v in values {
    switch v {
    case let a as [Int]: print("ints", a)
    case is String: print("string")
    case let d as Double: print("double", d)
    case let m as [Int: String]: print("dict", m)
    case let (n, s) as (Int, String): print("tuple", n, s)
    case let ps as [P]: print("points", ps.count)
    case is [[Double]]: print("matrix")
    default: print("other")
    }
}
let v: Any = [4]
switch v { case is [Int]: print("is arr"); default: print("default") }
print(v is [String], v is [Int], (v as? [Int])?.count ?? -1)
// expect: ints [4]
// expect: string
// expect: double 2.5
// expect: dict [1: "a"]
// expect: tuple 1 b
// expect: other
// expect: points 1
// expect: matrix
// expect: is arr
// expect: false true 1
