class Particle {
    var x: Double
    var v: Double
    init(x: Double, v: Double) {
        self.x = x
        self.v = v
    }
}
var ps = [Particle(x: 0, v: 1), Particle(x: 10, v: -2)]
for _ in 0..<3 {
    for p in ps { p.x += p.v }
}
ps[0].v = 0
ps[1].x *= 2
let first = ps[0]
ps[0].x += 100
print(ps.map { $0.x }, first.x) // expect: [103.0, 8.0] 103.0
