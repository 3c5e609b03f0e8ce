func bump(_ x: inout Int) { x += 1 }
struct Counter {
    var total = 0
    func touch() {
        bump(&total) // expect error: 5:14: cannot pass immutable value as inout argument: 'self' is immutable
    }
}
