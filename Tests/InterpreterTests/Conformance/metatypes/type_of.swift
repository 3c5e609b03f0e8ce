struct Point { var x = 1.0 }
class Animal {}
class Dog: Animal {}
enum Kind { case a }
protocol Shape {}
struct Sq: Shape {}
let a: Animal = Dog()
let s: any Shape = Sq()
print(type(of: 3), type(of: 2.5), type(of: "s"), type(of: true), type(of: Float(1)))
print(type(of: [1, 2]), type(of: ["a": 1]), type(of: Set([1])), type(of: (1, "a")), type(of: Optional(3)))
print(type(of: Point()), type(of: a), type(of: s), type(of: Kind.a), type(of: 1..<3), type(of: 1...3))
print("\(type(of: Point()))", String(describing: type(of: [Point()])))
print(type(of: a) == Dog.self, type(of: a) == Animal.self, Int.self, Point.self)
let f: (Int) -> Int = { $0 }
print(type(of: f), type(of: [[1.0]]), type(of: [Int]()), type(of: (x: 1, y: 2)))
let t = type(of: Point())
print(t)
print(type(of: t))
// expect: Int Double String Bool Float
// expect: Array<Int> Dictionary<String, Int> Set<Int> (Int, String) Optional<Int>
// expect: Point Dog Sq Kind Range<Int> ClosedRange<Int>
// expect: Point Array<Point>
// expect: true false Int Point
// expect: (Int) -> Int Array<Array<Double>> Array<Int> (x: Int, y: Int)
// expect: Point
// expect: Point.Type
