func count<T: Equatable>(_ x: T, in xs: [T]) -> Int {
    var n = 0
    for y in xs where y == x { n += 1 }
    return n
}
print(count(2, in: [1, 2, 2, 3]), count("a", in: ["a", "b"])) // expect: 2 1
