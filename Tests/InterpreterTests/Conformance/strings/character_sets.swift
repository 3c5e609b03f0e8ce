import Foundation
print("a,b;c".components(separatedBy: CharacterSet(charactersIn: ",;")))
print("[1, 2]".trimmingCharacters(in: CharacterSet(charactersIn: "[]")), "  hi \n".trimmingCharacters(in: .whitespacesAndNewlines))
print("Hello, world!".trimmingCharacters(in: .punctuationCharacters), "42abc".trimmingCharacters(in: .letters))
let cleaner = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "-_"))
print("--name_ ".trimmingCharacters(in: cleaner), "a1b2".components(separatedBy: .decimalDigits))
print("xyz".trimmingCharacters(in: CharacterSet(charactersIn: "x").inverted))
// expect: ["a", "b", "c"]
// expect: 1, 2 hi
// expect: Hello, world 42
// expect: name ["a", "b", ""]
// expect: x
