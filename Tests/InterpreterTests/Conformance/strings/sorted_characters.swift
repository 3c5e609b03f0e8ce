// A String's `sorted()` is an array of Characters (also through a closure declared to give `[Character]`), `filter` a String.
let s = "cab"
let a = s.sorted()
print(a, s.sorted().count, String(s.sorted()), a.first!) // expect: ["a", "b", "c"] 3 abc a
let g = { (t: String) -> [Character] in t.sorted() }
print(g("zyx"), s.filter { $0 != "a" }) // expect: ["x", "y", "z"] cb
