// Variables of a function lent to the calls it makes (no reference count changes hands): the callee
// sees the value as it was, a later `&` argument makes the call copy instead, and a trap in the
// callee or a deep recursion leaves every value intact.
struct V { var x: Double; var y: Double
    func dot(_ o: V) -> Double { x * o.x + y * o.y }
    static func + (a: V, b: V) -> V { V(x: a.x + b.x, y: a.y + b.y) }
}
final class Box { var items: [Int] = [] }
func sum(_ xs: [Int], _ k: Int) -> Int { var t = k; for x in xs { t += x }; return t }
func grow(_ xs: inout [Int], _ v: Int) -> Int { xs.append(v); return xs.count }
func twice(_ xs: [Int], _ n: Int) -> [Int] { xs + [n] }
func run() -> String {
    var a = [1, 2, 3]
    let b = a
    let s1 = sum(a, 0)
    let c = twice(a, grow(&a, 4))
    let v = V(x: 1, y: 2)
    let w = v + v
    let d = w.dot(w)
    var boxes = [Box(), Box()]
    let first = boxes[0]
    first.items.append(sum(b, 1))
    boxes = []
    return "\(s1) \(a) \(b) \(c) \(d) \(first.items) \(boxes.count)"
}
func fails(_ xs: [Int], _ i: Int) -> Int { xs[i] }
func safe() -> Int {
    let xs = [1, 2]
    var total = 0
    for i in 0..<3 {
        if i < 2 { total += fails(xs, i) }
    }
    return total + xs.count
}
for _ in 0..<3 { print(run()) } // expect: 6 [1, 2, 3, 4] [1, 2, 3] [1, 2, 3, 4] 20.0 [7] 0
// expect: 6 [1, 2, 3, 4] [1, 2, 3] [1, 2, 3, 4] 20.0 [7] 0
// expect: 6 [1, 2, 3, 4] [1, 2, 3] [1, 2, 3, 4] 20.0 [7] 0
print(safe()) // expect: 5
func deep(_ xs: [Int], _ n: Int) -> Int { n == 0 ? xs.count : deep(xs, n - 1) }
print(deep([1, 2, 3], 1000)) // expect: 3
func boom(_ xs: [Int]) -> Int { let ys = xs; return fails(ys, 5) }
print(boom([1])) // expect runtime error: 26:44: Index out of range
