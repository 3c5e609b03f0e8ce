// An array literal of `T`, `T?` and `nil` elements is an array of `T?`, as Swift infers it.
print([nil, 3]) // expect: [nil, Optional(3)]
let a: Int? = 3
let b: Int? = nil
print([a, b, 5], [a, nil]) // expect: [Optional(3), nil, Optional(5)] [Optional(3), nil]
let xs = [1.5, nil]
print(xs.compactMap { $0 }, xs.count) // expect: [1.5] 2
