struct Counter {
    var n = 0
    func bump() {
        n = 1 // expect error: 4:9: cannot assign to property: 'self' is immutable
    }
}
