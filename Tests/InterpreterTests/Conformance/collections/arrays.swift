var xs = [3, 1, 2]
xs.append(5)
print(xs, xs.count, xs.isEmpty) // expect: [3, 1, 2, 5] 4 false
xs.insert(0, at: 0)
print(xs) // expect: [0, 3, 1, 2, 5]
let removed = xs.remove(at: 1)
print(removed, xs) // expect: 3 [0, 1, 2, 5]
print(xs.removeLast(), xs) // expect: 5 [0, 1, 2]
xs.append(contentsOf: [7, 8])
print(xs) // expect: [0, 1, 2, 7, 8]
xs[0] = 9
print(xs, xs.first!, xs.last!) // expect: [9, 1, 2, 7, 8] 9 8
print(xs.sorted(), xs.min()!, xs.max()!) // expect: [1, 2, 7, 8, 9] 1 9
print(xs.contains(7), xs.contains(4)) // expect: true false
print(xs.map { $0 * 2 }.filter { $0 > 5 }) // expect: [18, 14, 16]
print(xs.reduce(0, +), Array(xs.reversed())) // expect: 27 [8, 7, 2, 1, 9]
print(["a", "b", "c"].joined(separator: "-"), ["x", "y"].joined()) // expect: a-b-c xy
print(xs.firstIndex(of: 2) as Any, xs.first { $0 > 1 } as Any) // expect: Optional(2) Optional(9)
print(xs[1..<3], xs.prefix(2), xs.dropFirst()) // expect: [1, 2] [9, 1] [1, 2, 7, 8]
xs.sort()
print(xs) // expect: [1, 2, 7, 8, 9]
xs.sort(by: >)
print(xs) // expect: [9, 8, 7, 2, 1]
xs.removeAll()
print(xs, xs.isEmpty) // expect: [] true
var grid = [[0, 0], [0, 0]]
grid[1][0] = 5
grid[0].append(1)
print(grid) // expect: [[0, 0, 1], [5, 0]]
var strs: [String] = []
strs += ["a"]
strs.append("b")
print(strs) // expect: ["a", "b"]
print([1, 2, 3].allSatisfy { $0 > 0 }, [1, 2].compactMap { $0 > 1 ? $0 : nil }) // expect: true [2]
print([3, 1].enumerated().map { "\($0.offset):\($0.element)" }) // expect: ["0:3", "1:1"]
let zeros: [Double] = Array(repeating: 0, count: 3)
print(zeros) // expect: [0.0, 0.0, 0.0]
var table: [[Double]] = Array(repeating: Array(repeating: 1, count: 2), count: 2)
table[1][0] += 0.5
print(table) // expect: [[1.0, 1.0], [1.5, 1.0]]
