struct P {
    var x: Int
}
let p = P(x: 2)
p.x = 3 // expect error: 5:3: cannot assign to property: 'p' is a 'let' constant
