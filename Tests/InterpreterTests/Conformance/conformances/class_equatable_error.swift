class Token: Equatable { // expect error: 1:7: type 'Token' does not conform to protocol 'Equatable'
    var text = ""
}
