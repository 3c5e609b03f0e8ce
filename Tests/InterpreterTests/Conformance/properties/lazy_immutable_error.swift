struct Grid {
    var n: Int
    lazy var cells: [Int] = Array(repeating: 0, count: n * n)
}
let g = Grid(n: 2)
print(g.cells) // expect error: 6:9: cannot use mutating getter on immutable value: 'g' is a 'let' constant
