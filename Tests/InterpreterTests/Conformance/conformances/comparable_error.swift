struct Score: Comparable { // expect error: 1:8: type 'Score' does not conform to protocol 'Comparable'
    var value: Int
}
