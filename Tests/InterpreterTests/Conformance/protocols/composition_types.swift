protocol Named { var name: String { get } }
protocol Aged { var age: Int { get } }
struct P: Named, Aged { let name: String; let age: Int }
final class Pet: Named, Aged {
    let name: String
    var age: Int
    init(name: String, age: Int) { self.name = name; self.age = age }
}
func show(_ x: Named & Aged) { print(x.name, x.age) }
show(P(name: "a", age: 3))
let all: [any Named & Aged] = [P(name: "b", age: 4), Pet(name: "c", age: 5)]
for x in all { show(x) }
print(all.map(\.age).reduce(0, +), all.map { $0.name }.joined(separator: ","))
typealias Identified = Named & Aged
let one: Identified = Pet(name: "d", age: 1)
print(one.name)
func label(_ x: some Hashable & CustomStringConvertible) -> String { "<\(x.description)>" }
print(label(42), label("s"))
// expect: a 3
// expect: b 4
// expect: c 5
// expect: 9 b,c
// expect: d
// expect: <42> <s>
