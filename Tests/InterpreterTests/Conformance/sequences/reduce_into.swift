// `reduce(into:)`: the closure's first parameter is `inout`, changed in place (subscripts with a
// default, `append`, `+=`, a struct's mutating method), over arrays, ranges and strings.
struct Stats {
    var count = 0
    var sum = 0.0
    mutating func add(_ x: Double) {
        count += 1
        sum += x
    }
}
let words = ["a", "b", "a", "c", "a"]
let counts = words.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
print(counts["a"]!, counts["b"]!, counts["z"] as Any) // expect: 3 1 nil
print([1, 2, 3].reduce(into: 10) { $0 += $1 }) // expect: 16
let evens = (1...8).reduce(into: [Int]()) { acc, x in
    if x % 2 == 0 { acc.append(x * x) }
}
print(evens) // expect: [4, 16, 36, 64]
let stats = [1.5, 2.5, 4.0].reduce(into: Stats()) { $0.add($1) }
print(stats) // expect: Stats(count: 3, sum: 8.0)
print("hello".reduce(into: "") { s, c in s = String(c) + s }) // expect: olleh
enum Parse: Error { case bad(String) }
func parse(_ xs: [String]) throws -> [Int] {
    try xs.reduce(into: []) { acc, s in
        guard let n = Int(s) else { throw Parse.bad(s) }
        acc.append(n)
    }
}
print((try? parse(["1", "2"])) as Any, (try? parse(["1", "x"])) as Any) // expect: Optional([1, 2]) nil
