let a = 1
var b = 2
b = b + a
print(a, b) // expect: 1 3
var c: Double = 3
print(c) // expect: 3.0
c += 0.5
print(c) // expect: 3.5
let d: Float = 1.5
print(d) // expect: 1.5
var e: Int
e = 7
print(e) // expect: 7
let f: [Double] = [1, 2]
print(f) // expect: [1.0, 2.0]
let g: String? = "hi"
print(g as Any) // expect: Optional("hi")
var h: [String: Int] = [:]
h["x"] = 1
print(h) // expect: ["x": 1]
