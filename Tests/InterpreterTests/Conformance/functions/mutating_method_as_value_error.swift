struct C {
    var n = 0
    mutating func bump() { n += 1 }
}
var c = C()
let g = c.bump // expect error: 6:11: cannot reference 'mutating' method as function value
