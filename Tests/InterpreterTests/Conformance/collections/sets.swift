let primes: Set = [2, 3, 5, 7]
var seen = Set<String>()
for word in ["a", "b", "a", "c", "b"] {
    if !seen.contains(word) { print("new", word) }
    seen.insert(word)
}
// expect: new a
// expect: new b
// expect: new c
print(seen.count, seen.contains("a"), seen.isEmpty, primes.contains(4)) // expect: 3 true false false
let evens: Set<Int> = [2, 4, 6]
print(primes.intersection(evens).sorted(), primes.union(evens).sorted(), primes.subtracting(evens).sorted()) // expect: [2] [2, 3, 4, 5, 6, 7] [3, 5, 7]
print(primes.symmetricDifference(evens).sorted(), primes.isSubset(of: [1, 2, 3, 5, 7, 11]), evens.isDisjoint(with: [1, 3])) // expect: [3, 4, 5, 6, 7] true true
print(primes.filter { $0 > 3 }.sorted(), primes.map { $0 * 2 }.sorted(), primes.reduce(0, +), primes.min()!, primes.max()!) // expect: [5, 7] [4, 6, 10, 14] 17 2 7
var s = Set([1, 2, 3])
let r = s.insert(2)
print(r.inserted, r.memberAfterInsert, s.insert(9).inserted) // expect: false 2 true
print(s.remove(1) as Any, s.remove(42) as Any, s.count) // expect: Optional(1) nil 3
s.formUnion([10, 11])
s.subtract([2])
print(s.sorted(), s == Set([3, 9, 10, 11]), s == [3, 9], Set([1, 2]) == Set([2, 1])) // expect: [3, 9, 10, 11] true false true
print(Set("hello").count, Set(0..<5).count, Array(Set([4, 4, 4]))) // expect: 4 5 [4]
let one: Set = ["x"]
print(one, [one], one.first!, Optional(one) as Any) // expect: ["x"] [Set(["x"])] x Optional(Set(["x"]))
s.removeAll()
print(s.isEmpty, s) // expect: true []
let words = ["the", "cat", "the", "hat"]
print(Set(words).sorted(), Set(words).count) // expect: ["cat", "hat", "the"] 3
