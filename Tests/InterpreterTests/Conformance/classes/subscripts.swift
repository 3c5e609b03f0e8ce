class Grid {
    var cells: [Int]
    let width: Int
    init(width: Int, height: Int) {
        self.width = width
        cells = Array(repeating: 0, count: width * height)
    }
    subscript(r: Int, c: Int) -> Int {
        get { cells[r * width + c] }
        set { cells[r * width + c] = newValue }
    }
}
let g = Grid(width: 3, height: 2)
g[1, 2] = 7
g[0, 0] += 2
print(g[1, 2], g[0, 0], g.cells) // expect: 7 2 [2, 0, 0, 0, 0, 7]
