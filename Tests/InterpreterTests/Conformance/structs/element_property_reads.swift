// Properties read from array elements (`xs[i].p`, `self.rows[i][j].p`, `xs[i].inner.q`) give the
// element's current value after every kind of change, for structs and class instances, and an
// index out of range traps at the subscript.
struct Point { var x: Double; var y: Double }
struct Segment { var from: Point; var to: Point; var tags: [String] }
final class Node { var value: Int; init(_ value: Int) { self.value = value } }
struct Grid {
    var rows: [[Point]]
    var nodes: [Node]
    func sum(_ i: Int) -> Double {
        var total = 0.0
        for j in 0..<rows[i].count { total += rows[i][j].x * rows[i][j].y }
        return total
    }
    mutating func shift(_ i: Int, _ j: Int, by d: Double) -> Double {
        rows[i][j].x += d
        return rows[i][j].x + rows[i][0].y
    }
}
var segments = [Segment(from: Point(x: 0, y: 1), to: Point(x: 2, y: 3), tags: ["a"]),
                Segment(from: Point(x: 4, y: 5), to: Point(x: 6, y: 7), tags: [])]
var k = 1
print(segments[k].from.x, segments[0].to.y, segments[k].tags.count, segments[0].tags[0])
// expect: 4.0 3.0 0 a
let saved = segments[k]
segments[k].from.x = 40
segments[0].tags.append("b")
print(segments[k].from.x, saved.from.x, segments[0].tags, saved.tags)
// expect: 40.0 4.0 ["a", "b"] []
var grid = Grid(rows: [[Point(x: 1, y: 2), Point(x: 3, y: 4)], [Point(x: 5, y: 6)]], nodes: [Node(1), Node(2)])
print(grid.sum(0), grid.sum(1), grid.shift(0, 1, by: 0.5), grid.rows[0][1].x)
// expect: 14.0 30.0 5.5 3.5
let node = grid.nodes[1]
node.value = 20
print(grid.nodes[1].value, grid.nodes[0].value)
// expect: 20 1
func total(_ s: [Segment]) -> Double {
    var t = 0.0
    var i = 0
    while i < s.count {
        t += s[i].from.x + s[i].to.y
        i += 1
    }
    return t
}
print(total(segments))
// expect: 50.0
k = 2
print(segments[k].from.x)
// expect runtime error: 49:7: Index out of range
