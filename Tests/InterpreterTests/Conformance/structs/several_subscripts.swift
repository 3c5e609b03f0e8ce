// A type with several subscripts, told apart by their number of parameters or their labels, each
// with its own getter and setter; one added by an extension.
struct Matrix {
    var rows: Int, columns: Int
    var values: [Double]
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        values = Array(repeating: 0, count: rows * columns)
    }
    subscript(r: Int, c: Int) -> Double {
        get { values[r * columns + c] }
        set { values[r * columns + c] = newValue }
    }
    subscript(row r: Int) -> [Double] {
        get { Array(values[(r * columns)..<(r * columns + columns)]) }
        set {
            for c in 0..<columns { values[r * columns + c] = newValue[c] }
        }
    }
}
extension Matrix {
    subscript(flat i: Int) -> Double { values[i] }
}
var m = Matrix(rows: 2, columns: 3)
m[0, 1] = 5
m[1, 2] += 2.5
m[row: 0][2] = 7
print(m[0, 1], m[1, 2], m[row: 0], m[row: 1], m[flat: 2]) // expect: 5.0 2.5 [0.0, 5.0, 7.0] [0.0, 0.0, 2.5] 7.0
m[row: 1] = [1, 2, 3]
print(m.values) // expect: [0.0, 5.0, 7.0, 1.0, 2.0, 3.0]
