struct Card: Equatable {
    var rank: Int
    var suit: String
}
struct Loose: Equatable {
    var value: Double

    static func == (a: Loose, b: Loose) -> Bool {
        abs(a.value - b.value) < 0.5
    }
}
let a = Card(rank: 1, suit: "hearts")
print(a == Card(rank: 1, suit: "hearts"), a != Card(rank: 2, suit: "hearts")) // expect: true true
print([a, a] == [a, Card(rank: 1, suit: "hearts")]) // expect: true
print(Loose(value: 1) == Loose(value: 1.2), Loose(value: 1) != Loose(value: 1.2)) // expect: true false
