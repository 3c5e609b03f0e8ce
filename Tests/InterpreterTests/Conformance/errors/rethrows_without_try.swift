func transform(_ xs: [Int], _ f: (Int) throws -> Int) rethrows -> [Int] {
    var out: [Int] = []
    for x in xs { out.append(try f(x)) }
    return out
}
print(transform([1, 2, 3]) { $0 * 10 }) // expect: [10, 20, 30]
