enum Suit: CaseIterable {
    case clubs, diamonds, hearts, spades
}
print(Suit.allCases) // expect: [main.Suit.clubs, main.Suit.diamonds, main.Suit.hearts, main.Suit.spades]
print(Suit.allCases.count) // expect: 4
for s in Suit.allCases { print(s) } // expect: clubs
// expect: diamonds
// expect: hearts
// expect: spades
