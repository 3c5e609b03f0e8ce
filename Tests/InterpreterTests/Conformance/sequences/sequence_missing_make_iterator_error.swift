struct Deck: Sequence { // expect error: 1:8: type 'Deck' does not conform to protocol 'Sequence'
    var cards: [String]
}
