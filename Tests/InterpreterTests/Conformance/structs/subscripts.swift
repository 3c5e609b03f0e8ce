struct Grid {
    var columns: Int
    var cells: [Double]

    init(rows: Int, columns: Int) {
        self.columns = columns
        cells = [Double](repeating: 0, count: rows * columns)
    }

    subscript(row: Int, column: Int) -> Double {
        get { cells[row * columns + column] }
        set { cells[row * columns + column] = newValue }
    }
}
struct Polynomial {
    var coefficients: [Int]

    subscript(power p: Int) -> Int {
        p < coefficients.count ? coefficients[p] : 0
    }
}
var g = Grid(rows: 2, columns: 3)
g[1, 2] = 5
g[0, 1] += 1.5
print(g[1, 2], g[0, 1], g[0, 0]) // expect: 5.0 1.5 0.0
print(g.cells) // expect: [0.0, 1.5, 0.0, 0.0, 0.0, 5.0]
let p = Polynomial(coefficients: [1, 0, 3])
print(p[power: 2], p[power: 7]) // expect: 3 0
var grids = [g]
grids[0][0, 0] = -1
print(grids[0].cells[0], g.cells[0]) // expect: -1.0 0.0
