enum Cell { case empty, wall, start }
var grid: [[Cell]] = [[.empty, .wall], [.start, .empty]]
grid[0][0] = .wall
print(grid) // expect: [[main.Cell.wall, main.Cell.wall], [main.Cell.start, main.Cell.empty]]
let walls = grid.flatMap { $0 }.filter { $0 == .wall }.count
print(walls) // expect: 2
let names = grid[1].map { "\($0)" }
print(names) // expect: ["start", "empty"]
let maybe: Cell? = grid.first?.last
print(maybe as Any) // expect: Optional(main.Cell.wall)
