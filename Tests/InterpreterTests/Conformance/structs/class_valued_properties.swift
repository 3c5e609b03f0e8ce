// A struct's property may default to a class instance declared in the same cell, and a class
// instance's properties change through it even where the struct is a constant (a `let`, or `self`
// in a non-mutating method). `var w, h: Double` gives both properties the type written last.
class Stats { var calls = 0 }
final class Embedding {
    var dim = 4
    var table = Table()
}
struct Table { var rows = 0 }
struct Model {
    var stats = Stats()
    var embedding: Embedding
    var w, h: Double
    func area() -> Double {
        stats.calls += 1
        return w * h
    }
}
let m = Model(embedding: Embedding(), w: 2, h: 3)
print(m.area(), m.area(), m.stats.calls) // expect: 6.0 6.0 2
m.embedding.dim = 8
m.embedding.dim += 1
m.embedding.table.rows = 5
print(m.embedding.dim, m.embedding.table.rows) // expect: 9 5
