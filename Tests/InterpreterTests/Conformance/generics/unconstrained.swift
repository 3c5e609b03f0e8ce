func identity<T>(_ x: T) -> T { x }
func pair<A, B>(_ a: A, _ b: B) -> (A, B) { (a, b) }
func repeated<T>(_ x: T, _ n: Int) -> [T] { Array(repeating: x, count: n) }
print(identity(3), identity("s"), identity([1.5])) // expect: 3 s [1.5]
print(pair(1, "one")) // expect: (1, "one")
print(repeated("ab", 3)) // expect: ["ab", "ab", "ab"]
