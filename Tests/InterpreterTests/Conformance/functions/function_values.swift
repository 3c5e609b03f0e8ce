import Foundation
func classify(_ x: Int) -> String { x % 2 == 0 ? "even" : "odd" }
print([1, 2, 3].map(classify)) // expect: ["odd", "even", "odd"]
print([1, 2, 3].reduce(0, +)) // expect: 6
print([3, 1, 2].sorted(by: >)) // expect: [3, 2, 1]
print([1.5, 2.5].reduce(0, +)) // expect: 4.0
let f = classify
print(f(7)) // expect: odd
let ops: [(Int, Int) -> Int] = [{ $0 + $1 }, { $0 * $1 }]
print(ops.map { $0(3, 4) }) // expect: [7, 12]
func compose(_ g: @escaping (Int) -> Int, _ h: @escaping (Int) -> Int) -> (Int) -> Int {
    return { x in g(h(x)) }
}
let inc = { (x: Int) in x + 1 }
print(compose(inc, inc)(1)) // expect: 3
print([4.0, 9.0].map(sqrt)) // expect: [2.0, 3.0]
