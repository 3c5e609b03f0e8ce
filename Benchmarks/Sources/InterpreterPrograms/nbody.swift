struct Vec3 {
    var x: Double
    var y: Double
    var z: Double

    static func + (a: Vec3, b: Vec3) -> Vec3 {
        Vec3(x: a.x + b.x, y: a.y + b.y, z: a.z + b.z)
    }

    static func - (a: Vec3, b: Vec3) -> Vec3 {
        Vec3(x: a.x - b.x, y: a.y - b.y, z: a.z - b.z)
    }

    static func * (s: Double, v: Vec3) -> Vec3 {
        Vec3(x: s * v.x, y: s * v.y, z: s * v.z)
    }

    func dot(_ o: Vec3) -> Double {
        x * o.x + y * o.y + z * o.z
    }
}

struct Body {
    var position: Vec3
    var velocity: Vec3
    var mass: Double
}

struct System {
    var bodies: [Body]

    mutating func offsetMomentum() {
        var momentum = Vec3(x: 0, y: 0, z: 0)
        for body in bodies {
            momentum = momentum + body.mass * body.velocity
        }
        bodies[0].velocity = (-1.0 / bodies[0].mass) * momentum
    }

    mutating func advance(_ dt: Double) {
        let n = bodies.count
        for i in 0..<n {
            for j in (i + 1)..<n {
                let d = bodies[i].position - bodies[j].position
                let d2 = d.dot(d)
                let magnitude = dt / (d2 * d2.squareRoot())
                bodies[i].velocity = bodies[i].velocity - (bodies[j].mass * magnitude) * d
                bodies[j].velocity = bodies[j].velocity + (bodies[i].mass * magnitude) * d
            }
        }
        for i in 0..<n {
            bodies[i].position = bodies[i].position + dt * bodies[i].velocity
        }
    }

    func energy() -> Double {
        var e = 0.0
        let n = bodies.count
        for i in 0..<n {
            e += 0.5 * bodies[i].mass * bodies[i].velocity.dot(bodies[i].velocity)
            for j in (i + 1)..<n {
                let d = bodies[i].position - bodies[j].position
                e -= bodies[i].mass * bodies[j].mass / d.dot(d).squareRoot()
            }
        }
        return e
    }
}

let pi = 3.141592653589793
let solarMass = 4 * pi * pi
let daysPerYear = 365.24
func body(_ p: [Double], _ v: [Double], _ mass: Double) -> Body {
    Body(position: Vec3(x: p[0], y: p[1], z: p[2]),
         velocity: Vec3(x: v[0] * daysPerYear, y: v[1] * daysPerYear, z: v[2] * daysPerYear),
         mass: mass * solarMass)
}
var system = System(bodies: [
    body([0, 0, 0], [0, 0, 0], 1),
    body([4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
         [1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05], 9.54791938424326609e-04),
    body([8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
         [-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05], 2.85885980666130812e-04),
    body([1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
         [2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05], 4.36624404335156298e-05),
    body([1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
         [2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05], 5.15138902046611451e-05),
])
system.offsetMomentum()
print(String(format: "%.9f", system.energy()))
for _ in 0..<5_000 {
    system.advance(0.01)
}
print(String(format: "%.9f", system.energy()))
