struct Vec {
    var x: Double
}
struct Body {
    var position: Vec
}
let b = Body(position: Vec(x: 1))
b.position.x += 1 // expect error: 8:3: cannot assign to property: 'b' is a 'let' constant
