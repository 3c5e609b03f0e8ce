struct Cell: Hashable {
    var row: Int
    var col: Int
}
var visits: [Cell: Int] = [:]
visits[Cell(row: 0, col: 1)] = 1
visits[Cell(row: 0, col: 1), default: 0] += 5
visits[Cell(row: 2, col: 2)] = 3
print(visits[Cell(row: 0, col: 1)]!) // expect: 6
print(visits.count) // expect: 2
print(visits[Cell(row: 9, col: 9)] == nil) // expect: true
print(Cell(row: 1, col: 2) == Cell(row: 1, col: 2), Cell(row: 1, col: 2) != Cell(row: 2, col: 1)) // expect: true true
