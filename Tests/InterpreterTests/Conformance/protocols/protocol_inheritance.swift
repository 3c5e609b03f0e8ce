protocol Named {
    var name: String { get }
}
protocol Aged: Named {
    var age: Int { get }
}
struct Person: Aged {
    var name: String
    var age: Int
}
func label(_ n: Named) -> String { n.name }
let p: Aged = Person(name: "Bo", age: 3)
print(label(p), p.age, p.name) // expect: Bo 3 Bo
