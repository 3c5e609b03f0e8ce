// `if let (r, c) = find()` and `guard let (row, col) = …` bind a tuple's elements when the optional holds one;
// `lexicographicallyPrecedes`.
func find(_ target: Int, in grid: [[Int]]) -> (row: Int, col: Int)? {
    for (r, row) in grid.enumerated() {
        if let c = row.firstIndex(of: target) { return (r, c) }
    }
    return nil
}
let grid = [[1, 2], [3, 4]]
if let (r, c) = find(4, in: grid) { print(r, c) } // expect: 1 1
if let (r, c) = find(9, in: grid) { print(r, c) } else { print("missing") } // expect: missing
guard let (row, col) = find(2, in: grid) else { fatalError() }
print(row + col, [[1, 2], [1], [0, 9]].sorted { $0.lexicographicallyPrecedes($1) }) // expect: 1 [[0, 9], [1], [1, 2]]
