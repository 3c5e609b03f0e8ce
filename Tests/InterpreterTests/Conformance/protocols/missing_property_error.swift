protocol Named {
    var name: String { get }
}
class Thing: Named { // expect error: 4:7: type 'Thing' does not conform to protocol 'Named'
    var id = 0
}
