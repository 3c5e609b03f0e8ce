// `Dictionary(grouping:by:)` (also with a trailing closure) and `Dictionary(uniqueKeysWithValues:)`.
let words = ["apple", "avocado", "banana", "blueberry", "cherry"]
let byLetter = Dictionary(grouping: words, by: { $0.first! })
print(byLetter["a"]!, byLetter["b"]!.count, byLetter.count) // expect: ["apple", "avocado"] 2 3
let names = ["x", "y"]
let scores = [1.5, 2.5]
let table = Dictionary(uniqueKeysWithValues: zip(names, scores))
print(table["y"]!, table.count) // expect: 2.5 2
let lengths = Dictionary(grouping: words) { $0.count }
print(lengths[6]!, Character("z")) // expect: ["banana", "cherry"] z
