func total<S: Sequence>(_ s: S) -> Double where S.Element == Double {
    s.reduce(0, +)
}
print(total([1.5, 2.5]))
func count<C: Collection>(_ c: C) -> Int where C.Element: Equatable { c.count }
print(count(["a", "b"]), count(1...4))
func largest<S: Sequence>(_ s: S) -> S.Element? where S.Element: Comparable {
    s.max()
}
print(largest([3, 9, 2]) ?? 0, largest(["b", "a"]) ?? "")
func mean<C: Collection>(_ xs: C) -> Double where C.Element == Double {
    xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count)
}
print(mean([1.0, 2.0, 6.0]))
// expect: 4.0
// expect: 2 4
// expect: 9 b
// expect: 3.0
