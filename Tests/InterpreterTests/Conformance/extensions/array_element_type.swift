extension Array {
    func firstTwo() -> [Element] { Array(prefix(2)) }
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
    var middle: Element? { isEmpty ? nil : self[count / 2] }
}
print([1, 2, 3].firstTwo(), ["a", "b", "c", "d", "e"].chunked(2), [1.5, 2.5, 3.5].middle ?? 0)
extension Array where Element == Double {
    func scaled(by k: Element) -> [Element] { map { $0 * k } }
}
print([1.0, 2.0].scaled(by: 3))
extension Dictionary {
    func keysSorted(by order: (Key, Key) -> Bool) -> [Key] { keys.sorted(by: order) }
}
print(["b": 1, "a": 2].keysSorted(by: <))
// expect: [1, 2] [["a", "b"], ["c", "d"], ["e"]] 2.5
// expect: [3.0, 6.0]
// expect: ["a", "b"]
