func largest<T: Comparable>(_ xs: [T]) -> T {
    var best = xs[0]
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2])) // expect: 9
print(largest([0.5, -1.0])) // expect: 0.5
print(largest(["pear", "apple", "zoo"])) // expect: zoo
