func sum<T: Numeric>(_ xs: [T]) -> T {
    var total: T = 0
    for x in xs { total += x }
    return total
}
print(sum([1, 2, 3]), sum([0.5, 0.25])) // expect: 6 0.75
