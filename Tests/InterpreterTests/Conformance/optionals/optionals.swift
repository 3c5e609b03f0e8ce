let d = ["a": 1]
let v = d["a"]
print(v as Any, d["z"] as Any) // expect: Optional(1) nil
print(d["a"]!, d["z"] ?? 0) // expect: 1 0
let s: String? = "hey"
print(s?.count as Any, s?.uppercased() ?? "none") // expect: Optional(3) HEY
let n: String? = nil
print(n?.count as Any) // expect: nil
print(Int("42") as Any, Int("x") as Any, Double("2.5") as Any) // expect: Optional(42) nil Optional(2.5)
let arr: [Int] = []
print(arr.first as Any, [7].first as Any, [7, 8].last!) // expect: nil Optional(7) 8
var maybe: [Int]? = [1, 2]
print(maybe?.count ?? 0) // expect: 2
maybe = nil
print(maybe?.count ?? 0) // expect: 0
let nested: Int?? = 5
print(nested as Any) // expect: Optional(Optional(5))
let x: Int? = 3
if x == 3 { print("equal") } // expect: equal
