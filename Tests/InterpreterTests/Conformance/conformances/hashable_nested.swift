struct Name: Hashable {
    var first: String
    var last: String
}
struct Key: Hashable {
    var name: Name
    var year: Int
}
let k1 = Key(name: Name(first: "a", last: "b"), year: 2020)
let k2 = Key(name: Name(first: "a", last: "b"), year: 2020)
let k3 = Key(name: Name(first: "a", last: "c"), year: 2020)
var scores = [k1: 1.5]
scores[k2] = 2.5
scores[k3] = 3.5
print(scores.count, scores[k1]!, scores[k3]!) // expect: 2 2.5 3.5
print(k1 == k2, k1 == k3) // expect: true false
