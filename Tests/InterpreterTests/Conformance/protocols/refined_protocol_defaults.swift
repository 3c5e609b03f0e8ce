protocol Greeter { func greet() -> String }
extension Greeter { func greet() -> String { "Hello" } }
protocol Person: Greeter { var name: String { get } }
extension Person { func introduce() -> String { "\(greet()), I am \(name)" } }
struct Student: Person { let name: String }
struct Teacher: Person {
    let name: String
    func greet() -> String { "Good morning" }
}
print(Student(name: "a").greet(), Student(name: "b").introduce())
print(Teacher(name: "c").introduce())
let people: [any Person] = [Student(name: "d"), Teacher(name: "e")]
for p in people { print(p.introduce()) }
let greeters: [any Greeter] = [Student(name: "f"), Teacher(name: "g")]
print(greeters.map { $0.greet() })
protocol Shape { var area: Double { get } }
protocol Solid: Shape { var depth: Double { get } }
extension Shape { var area: Double { 1.0 } }
extension Solid { var volume: Double { area * depth } }
struct Slab: Solid { let depth: Double }
print(Slab(depth: 3).volume)
// expect: Hello Hello, I am b
// expect: Good morning, I am c
// expect: Hello, I am d
// expect: Good morning, I am e
// expect: ["Hello", "Good morning"]
// expect: 3.0
