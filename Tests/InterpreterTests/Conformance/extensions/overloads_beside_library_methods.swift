import Foundation
extension Double {
    func rounded(to places: Int) -> Double {
        let p = pow(10.0, Double(places))
        return (self * p).rounded() / p
    }
}
print(2.5.rounded(), 2.5.rounded(to: 1), 3.14159.rounded(to: 2), 2.5.rounded(.down))
extension Array where Element == Int {
    func sorted(descending: Bool) -> [Int] { descending ? sorted(by: >) : sorted() }
}
print([3, 1, 2].sorted(), [3, 1, 2].sorted(descending: true))
// expect: 3.0 2.5 3.14 2.0
// expect: [1, 2, 3] [3, 2, 1]
