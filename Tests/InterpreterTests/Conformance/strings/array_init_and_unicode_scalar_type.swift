let parts = [1, 2, 3, 4, 5].split(separator: 3).map(Array.init)
print(parts)
let words = "a b".split(separator: " ").map(String.init)
print(words)
func f() -> Unicode.Scalar { Unicode.Scalar(66)! }
let s: Unicode.Scalar = "A"
print(f(), s)
// expect: [[1, 2], [4, 5]]
// expect: ["a", "b"]
// expect: B A
