// A struct's `lazy var` is made on the first read, from `self`, and kept; `print` shows its storage
// as Swift does. The memberwise initializer takes it as an optional.
struct Grid {
    var n: Int
    lazy var cells: [Int] = Array(repeating: 0, count: n * n)
    lazy var label = "grid \(n)"
    mutating func describe() -> String { "\(label): \(cells.count) cells" }
}
var g = Grid(n: 2)
print(g) // expect: Grid(n: 2, $__lazy_storage_$_cells: nil, $__lazy_storage_$_label: nil)
g.n = 3
print(g.cells.count) // expect: 9
g.n = 4
print(g.cells.count) // expect: 9
print(g) // expect: Grid(n: 4, $__lazy_storage_$_cells: Optional([0, 0, 0, 0, 0, 0, 0, 0, 0]), $__lazy_storage_$_label: nil)
g.label = "mine"
print(g.describe()) // expect: mine: 9 cells
var copy = g
copy.cells.append(1)
print(g.cells.count, copy.cells.count) // expect: 9 10
var h = Grid(n: 3, cells: [1])
print(h.cells, h.label) // expect: [1] grid 3
struct Board {
    var grid = Grid(n: 1)
}
var b = Board()
print(b.grid.cells) // expect: [0]
var boards = [Grid(n: 2)]
boards[0].cells[0] = 7
print(boards[0].cells) // expect: [7, 0, 0, 0]
