struct Grid {
    var n: Int
    lazy var cells: [Int] = Array(repeating: 0, count: n * n)
}
func make() -> Grid { Grid(n: 1) }
print(make().cells) // expect error: 6:14: cannot use mutating getter on immutable value: 'make' returns immutable value
