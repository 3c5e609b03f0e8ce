struct Point { var x: Double; var y: Double; var norm: Double { abs(x) + abs(y) } }
struct Segment { var start: Point; var end: Point }
let points = [Point(x: 3, y: 4), Point(x: 1, y: 0), Point(x: 0, y: 2)]
print(points.map(\.x), points.map(\.norm)) // expect: [3.0, 1.0, 0.0] [7.0, 1.0, 2.0]
print(points.map(\Point.y).reduce(0, +)) // expect: 6.0
let segments = [Segment(start: points[0], end: points[1])]
print(segments.map(\.end.x), segments.map(\.start.norm)) // expect: [1.0] [7.0]
let words = ["kiwi", "fig", "banana"]
print(words.map(\.count), words.filter(\.isEmpty).count, [1, 2, 3].map(\.self)) // expect: [4, 3, 6] 0 [1, 2, 3]
let pairs = [(name: "a", n: 2), (name: "b", n: 5)]
print(pairs.map(\.name), pairs.map(\.n).max()!) // expect: ["a", "b"] 5
print(points.sorted { $0.norm < $1.norm }.map(\.x)) // expect: [1.0, 0.0, 3.0]
print(points.contains(where: \.x.isNaN), points.allSatisfy(\.norm.isFinite)) // expect: false true
let opt: [Point?] = [points[0], nil]
print(opt.compactMap(\.self).count) // expect: 1
