struct Point: Hashable { var x: Int; var y: Int }
struct Walker {
    var visited: Set<Point> = []
    var position = Point(x: 0, y: 0)
    mutating func step(_ dx: Int, _ dy: Int) -> Bool {
        position = Point(x: position.x + dx, y: position.y + dy)
        return visited.insert(position).inserted
    }
}
var w = Walker()
print(w.step(1, 0), w.step(0, 1), w.step(-1, 0), w.step(0, -1), w.step(1, 0)) // expect: true true true true false
print(w.visited.count, w.visited.contains(Point(x: 1, y: 1))) // expect: 4 true
func common(_ a: [String], _ b: [String]) -> Set<String> { Set(a).intersection(b) }
print(common(["a", "b", "c"], ["c", "a", "z"]).sorted()) // expect: ["a", "c"]
var groups: [String: Set<Int>] = [:]
for (k, v) in [("odd", 1), ("even", 2), ("odd", 3), ("odd", 1)] {
    groups[k, default: []].insert(v)
}
print(groups["odd"]!.sorted(), groups["even"]!.count) // expect: [1, 3] 1
var tags = Set<String>()
tags.insert("swift")
tags.update(with: "swift")
for t in tags { print(t) } // expect: swift
let sizes = Set([3, 1, 2]).map { $0 * $0 }.sorted()
print(sizes) // expect: [1, 4, 9]
