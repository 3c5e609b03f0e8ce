// A struct's own initializers assign its `let` stored properties (with `self.` or bare), in `init`
// and `init?`, also through a delegating `self.init`.
struct Matrix {
    let rows: Int
    let cols: Int
    var scale = 1.0
    init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }
    init(square n: Int) {
        self.init(rows: n, cols: n)
    }
    init?(shape: [Int]) {
        guard shape.count == 2 else { return nil }
        rows = shape[0]
        cols = shape[1]
        scale = 2
    }
    mutating func rescale() { scale *= 2 }
}
var m = Matrix(rows: 2, cols: 3)
m.rescale()
print(m) // expect: Matrix(rows: 2, cols: 3, scale: 2.0)
print(Matrix(square: 4)) // expect: Matrix(rows: 4, cols: 4, scale: 1.0)
print(Matrix(shape: [1, 5]) as Any, Matrix(shape: []) as Any) // expect: Optional(main.Matrix(rows: 1, cols: 5, scale: 2.0)) nil
