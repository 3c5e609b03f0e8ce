struct P: CustomStringConvertible { // expect error: 1:8: type 'P' does not conform to protocol 'CustomStringConvertible'
    var x: Int
}
