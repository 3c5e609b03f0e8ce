struct Counter {
    var total = 0
    let limit = 10
}
func bump(_ x: inout Int) { x += 1 }
var c = Counter()
bump(&c.total)
bump(&c.limit) // expect error: 8:6: cannot pass immutable value as inout argument: 'limit' is a 'let' constant
