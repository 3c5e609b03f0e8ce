print("a", "b", separator: "-") // expect: a-b
print("no newline", terminator: "")
print(" then newline") // expect: no newline then newline
print() // expect: 
print(1, 2.0, "s", true, [1], ["a"], (1, 2)) // expect: 1 2.0 s true [1] ["a"] (1, 2)
let o: Int? = 3
print(o as Any) // expect: Optional(3)
let os: String? = "x"
print(os as Any) // expect: Optional("x")
print([Optional(1), nil]) // expect: [Optional(1), nil]
print(["k": [1.0, 2.0]]) // expect: ["k": [1.0, 2.0]]
print([(1, "a")], ("q", [1])) // expect: [(1, "a")] ("q", [1])
print("quote \"in\" string", ["quote \"in\" array"]) // expect: quote "in" string ["quote \"in\" array"]
print(0.1, 1e-05, 100.5, 1.0e20, 5e-324) // expect: 0.1 1e-05 100.5 1e+20 5e-324
print(Float(1e8), Float(0.1) + Float(0.2)) // expect: 1e+08 0.3
