struct Deck { var cards: [String] }
for card in Deck(cards: ["A"]) { print(card) } // expect error: 2:13: for-in loop requires 'Deck' to conform to 'Sequence'
