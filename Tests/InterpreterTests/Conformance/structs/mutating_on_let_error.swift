struct Counter {
    var n = 0
    mutating func bump() {
        n += 1
    }
}
let c = Counter()
c.bump() // expect error: 8:3: cannot use mutating member on immutable value: 'c' is a 'let' constant
