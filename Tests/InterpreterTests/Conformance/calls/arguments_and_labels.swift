func volume(width w: Int, height h: Int = 2, depth: Int = 3) -> Int {
    return w * h * depth
}
print(volume(width: 4)) // expect: 24
print(volume(width: 4, height: 5)) // expect: 60
print(volume(width: 4, depth: 10)) // expect: 80
print(volume(width: 1, height: 1, depth: 1)) // expect: 1
var order: [String] = []
func note(_ s: String, _ v: Int) -> Int {
    order.append(s)
    return v
}
func three(_ a: Int, _ b: Int, _ c: Int) -> Int { a * 100 + b * 10 + c }
// Arguments are evaluated left to right, before the callee runs.
print(three(note("a", 1), note("b", 2), note("c", 3))) // expect: 123
print(order) // expect: ["a", "b", "c"]
func swapped(_ x: Double, _ y: Double) -> (Double, Double) { (y, x) }
print(swapped(1.5, 2.5)) // expect: (2.5, 1.5)
// Aliasing: an array argument is a copy; the callee's changes stay local.
func bumped(_ xs: [Int], _ by: Int) -> [Int] {
    var ys = xs
    ys[0] += by
    return ys
}
var original = [1, 2, 3]
let changed = bumped(original, 10)
original[1] = 7
print(original, changed) // expect: [1, 7, 3] [11, 2, 3]
func addTo(_ total: inout Int, _ a: Int, _ b: Int) {
    total += a * b
}
var total = 1
addTo(&total, 3, 4)
addTo(&total, 2, 5)
print(total) // expect: 23
func outer(_ n: Int, _ m: Int) -> Int {
    func inner(_ a: Int, _ b: Int) -> Int {
        if a == 0 { return b }
        return inner(a - 1, b + m)
    }
    return inner(n, 0)
}
print(outer(4, 3)) // expect: 12
