// Cleaning text as data preparation does: `trimmingCharacters(in:)`, `components(separatedBy:)`,
// `replacingOccurrences(of:with:)`, `split` with `maxSplits:` / `omittingEmptySubsequences:` /
// `whereSeparator:` (strings and arrays), and `String.filter` (a String).
import Foundation
let line = "  a, b ,c  "
print(line.trimmingCharacters(in: .whitespaces)) // expect: a, b ,c
print(line.components(separatedBy: ",")) // expect: ["  a", " b ", "c  "]
print(line.replacingOccurrences(of: " ", with: "")) // expect: a,b,c
print("x\n".trimmingCharacters(in: .whitespacesAndNewlines), "a,,b,".split(separator: ",", omittingEmptySubsequences: false)) // expect: x ["a", "", "b", ""]
print("a,,b,".split(separator: ",", maxSplits: 1), "a b".split(whereSeparator: { $0 == " " })) // expect: ["a", ",b,"] ["a", "b"]
print([1, 0, 2, 3, 0, 4].split(separator: 0).map { Array($0) }, [1, 2, -1, 3].split { $0 < 0 }.map { Array($0) }) // expect: [[1], [2, 3], [4]] [[1, 2], [3]]
let c = "a b c".filter { $0 != " " }
print(c, c == "abc", c.count, String(c.reversed()) == c) // expect: abc true 3 false
