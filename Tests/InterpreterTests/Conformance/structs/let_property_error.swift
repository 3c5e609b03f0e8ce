struct P {
    let id: Int
    var x: Int
}
var p = P(id: 1, x: 2)
p.id = 3 // expect error: 6:3: cannot assign to property: 'id' is a 'let' constant
