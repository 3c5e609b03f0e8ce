// Initializers of the number, Bool and String types as function values: `xs.map(String.init)`;
// from a String they are failable, as in Swift.
let xs = [1, 2, 3]
print(xs.map(String.init), xs.map(Double.init)) // expect: ["1", "2", "3"] [1.0, 2.0, 3.0]
print(["4", "x", "6"].map(Int.init), ["4", "x"].compactMap(Int.init), ["1.5"].map(Double.init)) // expect: [Optional(4), nil, Optional(6)] [4] [Optional(1.5)]
let f: (Double) -> Int = Int.init
print(f(2.9), [2.5, -1.5].map(Int.init), ["true", "no"].map(Bool.init)) // expect: 2 [2, -1] [Optional(true), nil]
