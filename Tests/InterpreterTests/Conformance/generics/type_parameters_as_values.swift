import Foundation

// A generic function's type parameter used as a value: its static members, its initializers,
// `T.self`; the type comes from the call's arguments.
func total<T: Numeric>(_ xs: [T]) -> T {
    var sum = T.zero
    for x in xs { sum += x }
    return sum
}
print(total([1, 2, 3]), total([1.5, 2.5])) // expect: 6 4.0
func half<T: BinaryFloatingPoint>(_ x: T) -> T { x / T(2) }
print(half(3.0), half(Float(5))) // expect: 1.5 2.5
func mean<T: BinaryFloatingPoint>(_ xs: [T]) -> T { xs.reduce(T.zero, +) / T(xs.count) }
print(mean([1.0, 2.0, 4.5])) // expect: 2.5
func widest<T: FloatingPoint>(_ xs: T...) -> T {
    var best = -T.infinity
    for x in xs where x > best { best = x }
    return best
}
print(widest(1.5, 7.25, 3.0)) // expect: 7.25
func describe<T>(_ x: T?) -> String { "\(T.self): \(x.map { "\($0)" } ?? "none")" }
print(describe(Optional(3)), describe(Optional("a"))) // expect: Int: 3 String: a

protocol Monoid {
    static var identity: Self { get }
    static func combine(_ a: Self, _ b: Self) -> Self
}
extension Int: Monoid {
    static var identity: Int { 0 }
    static func combine(_ a: Int, _ b: Int) -> Int { a + b }
}
extension String: Monoid {
    static var identity: String { "" }
    static func combine(_ a: String, _ b: String) -> String { a + b }
}
struct MaxOf: Monoid, CustomStringConvertible {
    var value: Double
    static var identity: MaxOf { MaxOf(value: -.infinity) }
    static func combine(_ a: MaxOf, _ b: MaxOf) -> MaxOf { a.value >= b.value ? a : b }
    var description: String { "max \(value)" }
}
func fold<M: Monoid>(_ xs: [M]) -> M { xs.reduce(M.identity) { M.combine($0, $1) } }
print(fold([1, 2, 3]), fold(["a", "b", "c"]), fold([MaxOf(value: 2), MaxOf(value: 5.5)])) // expect: 6 abc max 5.5

protocol Blank { init() }
struct Counter: Blank { var n = 0; init() {} }
final class Log: Blank, CustomStringConvertible {
    var lines: [String] = []
    init() {}
    var description: String { "Log(\(lines.count))" }
}
func make<T: Blank>(_ type: T.Type) -> T { T() }
print(make(Counter.self), make(Log.self)) // expect: Counter(n: 0) Log(0)
func fresh<T: Blank>(like value: T) -> T { T.init() }
print(fresh(like: Counter())) // expect: Counter(n: 0)

struct Grid {
    var cells: [Double]
    func converted<T: BinaryInteger>(to sample: T) -> [T] { cells.map { T(Int($0)) } }
}
print(Grid(cells: [1.9, 2.1]).converted(to: 0)) // expect: [1, 2]
