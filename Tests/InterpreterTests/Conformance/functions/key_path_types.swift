struct P { var name: String; var age: Int }
let kp: KeyPath<P, Int> = \.age
let people = [P(name: "a", age: 30), P(name: "b", age: 20)]
print(people[0][keyPath: kp], people.map(\.name))
func get<T, V>(_ x: T, _ k: KeyPath<T, V>) -> V { x[keyPath: k] }
print(get(people[1], \P.name), get(people[1], kp))
func sortedBy<V: Comparable>(_ xs: [P], _ k: KeyPath<P, V>) -> [P] { xs.sorted { $0[keyPath: k] < $1[keyPath: k] } }
print(sortedBy(people, \.age).map(\.name), sortedBy(people, \.name).map(\.name))
// expect: 30 ["a", "b"]
// expect: b 20
// expect: ["b", "a"] ["a", "b"]
