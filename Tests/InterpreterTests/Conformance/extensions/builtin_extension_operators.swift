infix operator .+ : AdditionPrecedence
extension Array where Element == Double {
    static func .+ (a: [Double], b: [Double]) -> [Double] { zip(a, b).map(+) }
    static func * (k: Double, v: [Double]) -> [Double] { v.map { k * $0 } }
}
print([1.0, 2.0] .+ [3.0, 4.0], 2 * [1.0, 3.0], [1, 2] + [3])
extension Double {
    static func % (a: Double, b: Double) -> Double { a.truncatingRemainder(dividingBy: b) }
}
print(7.5 % 2)
// expect: [4.0, 6.0] [2.0, 6.0] [1, 2, 3]
// expect: 1.5
