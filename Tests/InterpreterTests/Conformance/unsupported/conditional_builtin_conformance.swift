protocol Summable {
    func total() -> Double
}
extension Array: Summable where Element == Double { // expect error: 4:18: a conformance in a constrained extension of 'Array' is not supported in notebooks
    func total() -> Double { reduce(0, +) }
}
