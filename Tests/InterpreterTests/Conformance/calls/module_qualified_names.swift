// Names qualified by module (`Swift.max`, `Foundation.sqrt`, `Swift.Int`) mean the library's, also inside a type
// whose own member has the same name.
import Foundation
print(Swift.max(1.0, 2.0), Swift.min(3, 4)) // expect: 2.0 3
let a: Swift.Int = 3
let xs: [Swift.Double] = [1, 2]
print(a, xs, Foundation.sqrt(16.0), Foundation.tanh(0.0)) // expect: 3 [1.0, 2.0] 4.0 0.0
extension Double {
    func clipped(_ lo: Double, _ hi: Double) -> Double { Swift.min(Swift.max(self, lo), hi) }
}
print(5.0.clipped(0, 1), (-2.0).clipped(0, 1)) // expect: 1.0 0.0
struct Stats {
    var values: [Double]
    func min() -> Double { values.reduce(Double.infinity) { Swift.min($0, $1) } }
}
print(Stats(values: [3, 1, 2]).min()) // expect: 1.0
