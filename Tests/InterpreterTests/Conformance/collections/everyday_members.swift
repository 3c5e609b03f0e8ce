// Everyday members: `Bool.toggle()` (also on an element), `removeAll { }` and `sort { }` with a
// trailing closure, `lastIndex(where:)` / `lastIndex(of:)`, `reduce` into a declared type whose
// methods the closure calls, and `is` in closures over protocol-typed arrays.
struct Acc {
    var total: Int
    func adding(_ v: Int) -> Acc { return Acc(total: total + v) }
}
print([1, 2, 3].reduce(Acc(total: 0)) { $0.adding($1) }) // expect: Acc(total: 6)
protocol Shape { var area: Double { get } }
struct Sq: Shape { var s: Double; var area: Double { s * s } }
struct Ci: Shape { var r: Double; var area: Double { 3 * r * r } }
let shapes: [Shape] = [Sq(s: 1), Ci(r: 1)]
print(shapes.contains { $0 is Ci }, shapes.filter { $0 is Sq }.count) // expect: true 1
var flags = [true, false]
flags[0].toggle()
var on = false
on.toggle()
var xs = [5, 2, 6, 3, 4, 1]
xs.removeAll { $0 % 2 == 0 }
xs.sort { $0 > $1 }
print(flags, on, xs, xs.lastIndex(where: { $0 > 2 }) as Any, xs.lastIndex(of: 9) as Any) // expect: [false, false] true [5, 3, 1] Optional(1) nil
