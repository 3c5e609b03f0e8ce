struct Countdown: Sequence, IteratorProtocol {
    var count: Int
    mutating func next() -> Int? {
        if count == 0 { return nil }
        defer { count -= 1 }
        return count
    }
}
for n in Countdown(count: 3) { print(n) } // expect: 3
// expect: 2
// expect: 1
let c = Countdown(count: 4)
print(c.map { $0 * 10 }, c.filter { $0 % 2 == 0 }, c.reduce(0, +), c.contains(2)) // expect: [40, 30, 20, 10] [4, 2] 10 true
print(c.count) // expect: 4
struct Batches: Sequence {
    let data: [Double]
    let size: Int
    func makeIterator() -> BatchIterator { BatchIterator(data: data, size: size, start: 0) }
}
struct BatchIterator: IteratorProtocol {
    let data: [Double]
    let size: Int
    var start: Int
    mutating func next() -> [Double]? {
        guard start < data.count else { return nil }
        let end = min(start + size, data.count)
        defer { start = end }
        return Array(data[start..<end])
    }
}
let batches = Batches(data: [1, 2, 3, 4, 5], size: 2)
for (i, batch) in batches.enumerated() { print(i, batch, batch.reduce(0, +)) } // expect: 0 [1.0, 2.0] 3.0
// expect: 1 [3.0, 4.0] 7.0
// expect: 2 [5.0] 5.0
for batch in batches where batch.count == 2 { print("full", batch) } // expect: full [1.0, 2.0]
// expect: full [3.0, 4.0]
print(batches.map { $0.count }, Array(batches).count) // expect: [2, 2, 1] 3
final class Fibs: Sequence, IteratorProtocol {
    var a = 0, b = 1
    func next() -> Int? { defer { (a, b) = (b, a + b) }; return a }
}
for x in Fibs() {
    if x > 50 { break }
    print(x, terminator: ",")
}
print() // expect: 0,1,1,2,3,5,8,13,21,34,
print(Fibs().first { $0 > 100 } as Any) // expect: Optional(144)
