// `case is Sub` and `case let x as Sub` match subclasses (and conforming types); one-sided range
// patterns (`90...`, `..<0.5`) on Ints and Doubles; `[Any]` literals where the annotation asks.
class Base {}
class Mid: Base {}
final class Leaf: Mid {}
protocol Named {}
struct Tag: Named {}
func kind(_ o: Base) -> String {
    switch o {
    case is Leaf: return "leaf"
    case let m as Mid: return "mid \(m === o)"
    default: return "base"
    }
}
print(kind(Leaf()), kind(Mid()), kind(Base())) // expect: leaf mid true base
let things: [Any] = [Tag(), 1, "s", 2.5]
print(things.count, things.map { $0 is Named }) // expect: 4 [true, false, false, false]
func grade(_ s: Double) -> String {
    switch s {
    case 0.9...: return "A"
    case 0.5..<0.9: return "B"
    case ..<0: return "invalid"
    default: return "C"
    }
}
print(grade(0.95), grade(0.6), grade(-1), grade(0.1), grade(.nan)) // expect: A B invalid C C
print([[1, 2], [3]].joined().map { $0 * 2 }, Array([[1], [2, 3]].joined())) // expect: [2, 4, 6] [1, 2, 3]
