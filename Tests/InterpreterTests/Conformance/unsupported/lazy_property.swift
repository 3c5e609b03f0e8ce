struct Table {
    lazy var rows: [Int] = [1, 2] // expect error: 2:5: modifier 'lazy' is not supported in notebooks
}
