protocol Shape { func area() -> Double }

func total(_ sides: [Double]) -> Double {
    struct Square: Shape {
        let side: Double
        func area() -> Double { side * side }
    }
    final class Circle: Shape {
        let r: Double
        init(r: Double) { self.r = r }
        func area() -> Double { 3 * r * r }
    }
    var shapes: [any Shape] = sides.map { Square(side: $0) }
    shapes.append(Circle(r: 1))
    return shapes.reduce(0) { $0 + $1.area() }
}
print(total([1, 2]))

func classify(_ n: Int) -> String {
    enum Parity: String, CaseIterable { case even, odd }
    let p: Parity = n % 2 == 0 ? .even : .odd
    switch p {
    case .even: return "\(n) is \(p.rawValue) of \(Parity.allCases.count)"
    case .odd: return "\(n) is \(p)"
    }
}
print(classify(4), classify(7))

func ranked(_ names: [String]) -> [String] {
    struct Entry: Comparable {
        let name: String
        let score: Int
        static func < (a: Entry, b: Entry) -> Bool { a.score < b.score }
    }
    let entries = names.enumerated().map { Entry(name: $1, score: ($0 * 7) % 5) }
    return entries.sorted().map { "\($0.name):\($0.score)" }
}
print(ranked(["a", "b", "c", "d"]))

func stack() {
    struct Stack<T> {
        var items: [T] = []
        mutating func push(_ x: T) { items.append(x) }
        mutating func pop() -> T? { items.popLast() }
        struct Marker { let depth: Int }
        var marker: Marker { Marker(depth: items.count) }
    }
    var s = Stack<Int>()
    s.push(1); s.push(2)
    print(s.marker.depth, s.pop() ?? -1, s.items)
}
stack()

struct Report {
    var lines: [String] = []
    mutating func add(_ values: [Int]) {
        struct Range { var low: Int; var high: Int }
        var r = Range(low: Int.max, high: Int.min)
        for v in values { r.low = min(r.low, v); r.high = max(r.high, v) }
        lines.append("\(r.low)...\(r.high)")
    }
}
var report = Report()
report.add([3, 9, 1])
print(report.lines)

func twice() {
    class Node {
        var value: Int
        var next: Node?
        init(_ value: Int, next: Node? = nil) { self.value = value; self.next = next }
        func sum() -> Int { value + (next?.sum() ?? 0) }
    }
    class Special: Node {
        override func sum() -> Int { 100 + super.sum() }
    }
    let list = Special(1, next: Node(2, next: Node(3)))
    print(list.sum(), list === list.next ? "same" : "different")
}
twice()

let adder = { (x: Int) -> Int in
    struct Offset { static func of(_ v: Int) -> Int { v + 10 } }
    return Offset.of(x)
}
print(adder(5))

for i in 1...2 {
    struct Point: Equatable, CustomStringConvertible {
        var x: Int, y: Int
        var description: String { "(\(x), \(y))" }
    }
    let p = Point(x: i, y: i * i)
    print(p, p == Point(x: 1, y: 1))
}

do {
    enum Failure: Error { case bad(Int) }
    func check(_ n: Int) throws -> Int {
        guard n > 0 else { throw Failure.bad(n) }
        return n
    }
    do {
        _ = try check(1)
        _ = try check(-2)
    } catch Failure.bad(let n) {
        print("bad", n)
    }
}

func first() -> String {
    struct Tag { let name = "first" }
    return Tag().name
}
func second() -> String {
    struct Tag { let name = "second"; let n = 2 }
    return Tag().name + "\(Tag().n)"
}
print(first(), second())
// expect: 8.0
// expect: 4 is even of 2 7 is odd
// expect: ["a:0", "d:1", "b:2", "c:4"]
// expect: 2 2 [1]
// expect: ["1...9"]
// expect: 106 different
// expect: 15
// expect: (1, 1) true
// expect: (2, 4) false
// expect: bad -2
// expect: first second2
