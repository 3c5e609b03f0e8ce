func f<C: Collection>(_ xs: C) -> Double where C.Element == Double {
    let a = xs.first ?? 0
    return a * 2
}
print(f([1.5]))
func normalize<C: Collection>(_ xs: C) -> [Double] where C.Element == Double {
    let lo = xs.min() ?? 0, hi = xs.max() ?? 1
    return xs.map { hi == lo ? 0 : ($0 - lo) / (hi - lo) }
}
print(normalize([2.0, 4.0, 6.0]))
// expect: 3.0
// expect: [0.0, 0.5, 1.0]
