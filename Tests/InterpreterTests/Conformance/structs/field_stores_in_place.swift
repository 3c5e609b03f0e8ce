struct Vec {
    var x: Double
    var y: Double
}
struct Body {
    var position: Vec
    var velocity: Vec
    var hits: Int
    var name: String
    var tags: [Int]
}
var a = Body(position: Vec(x: 1, y: 2), velocity: Vec(x: 0.5, y: -0.5), hits: 0, name: "a", tags: [1])
var b = a
a.hits = 3
a.hits += 4
a.position.x = 10
a.velocity.y -= 1.5
a.velocity.x *= 4
a.position.y /= 8
a.name += "!"
a.tags.append(2)
a.tags[0] += 10
print(a) // expect: Body(position: main.Vec(x: 10.0, y: 0.25), velocity: main.Vec(x: 2.0, y: -2.0), hits: 7, name: "a!", tags: [11, 2])
print(b) // expect: Body(position: main.Vec(x: 1.0, y: 2.0), velocity: main.Vec(x: 0.5, y: -0.5), hits: 0, name: "a", tags: [1])
b.position = a.velocity
a.velocity.x = 99
print(b.position.x, a.velocity.x) // expect: 2.0 99.0
var v = a.position
a.position.x += 1
print(v.x, a.position.x) // expect: 10.0 11.0
v.y = a.position.y + v.x
print(v, a.position) // expect: Vec(x: 10.0, y: 10.25) Vec(x: 11.0, y: 0.25)
func step(_ body: Body, _ dt: Double) -> Body {
    var next = body
    next.position.x += next.velocity.x * dt
    next.position.y += next.velocity.y * dt
    next.hits += 1
    return next
}
let moved = step(a, 0.5)
print(moved.position, moved.hits, a.position, a.hits) // expect: Vec(x: 60.5, y: -0.75) 8 Vec(x: 11.0, y: 0.25) 7
var counter = Vec(x: 0, y: 0)
let snapshot = counter
let bump = { counter.x += 1 }
bump()
bump()
print(counter.x, snapshot.x) // expect: 2.0 0.0
func nested() -> Vec {
    var local = Vec(x: 1, y: 1)
    func double() { local.y *= 2 }
    double()
    double()
    return local
}
print(nested()) // expect: Vec(x: 1.0, y: 4.0)
var xs = 0.0
xs += a.position.x
print(xs) // expect: 11.0
