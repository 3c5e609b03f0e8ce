// A get-only `static var` with a body runs on every read, like a static method without arguments.
struct Vec {
    var x: Double
    var y: Double
    static var zero: Vec { Vec(x: 0, y: 0) }
    static var unitX: Vec {
        get { Vec(x: 1, y: 0) }
    }
    static var made = 0
    static var next: Int {
        made += 1
        return made
    }
    func plus(_ o: Vec) -> Vec { Vec(x: x + o.x, y: y + o.y) }
}
print(Vec.zero, Vec.unitX.plus(Vec.unitX)) // expect: Vec(x: 0.0, y: 0.0) Vec(x: 2.0, y: 0.0)
print(Vec.next, Vec.next, Vec.made) // expect: 1 2 2
var v = Vec.zero
v.x = 3
print(v, Vec.zero) // expect: Vec(x: 3.0, y: 0.0) Vec(x: 0.0, y: 0.0)
class Counter {
    static var label: String { "counter" }
}
class TickCounter: Counter {}
extension Vec {
    static var unitY: Vec { Vec(x: 0, y: 1) }
}
print(Counter.label, TickCounter.label, Vec.unitY) // expect: counter counter Vec(x: 0.0, y: 1.0)
