// nbrun-deviation: Swift's Set iterates in an unspecified order that changes between runs; nbrun's in insertion order
var letters: Set = ["c", "a", "b", "a"]
print(letters) // expect: ["c", "a", "b"]
letters.insert("d")
letters.remove("a")
print(letters, letters.count) // expect: ["c", "b", "d"] 3
for letter in letters { print(letter, terminator: ";") }
print() // expect: c;b;d;
print(Set([3, 1, 2, 1]).union([0]), [Set([2, 1])]) // expect: [3, 1, 2, 0] [Set([2, 1])]
