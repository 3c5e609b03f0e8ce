struct Grid {
    var n: Int
    lazy var cells: [Int] = Array(repeating: 0, count: n * n)
    func total() -> Int { cells.count } // expect error: 4:27: cannot use mutating getter on immutable value: 'self' is immutable
}
