struct Ticker: IteratorProtocol { // expect error: 1:8: type 'Ticker' does not conform to protocol 'IteratorProtocol'
    var n = 0
}
