class Vec3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, b):
        return Vec3(self.x + b.x, self.y + b.y, self.z + b.z)

    def __sub__(self, b):
        return Vec3(self.x - b.x, self.y - b.y, self.z - b.z)

    def __rmul__(self, s):
        return Vec3(s * self.x, s * self.y, s * self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


class Body:
    __slots__ = ("position", "velocity", "mass")

    def __init__(self, position, velocity, mass):
        self.position = position
        self.velocity = velocity
        self.mass = mass


class System:
    def __init__(self, bodies):
        self.bodies = bodies

    def offset_momentum(self):
        momentum = Vec3(0.0, 0.0, 0.0)
        for body in self.bodies:
            momentum = momentum + body.mass * body.velocity
        self.bodies[0].velocity = (-1.0 / self.bodies[0].mass) * momentum

    def advance(self, dt):
        bodies = self.bodies
        n = len(bodies)
        for i in range(n):
            for j in range(i + 1, n):
                d = bodies[i].position - bodies[j].position
                d2 = d.dot(d)
                magnitude = dt / (d2 * d2 ** 0.5)
                bodies[i].velocity = bodies[i].velocity - (bodies[j].mass * magnitude) * d
                bodies[j].velocity = bodies[j].velocity + (bodies[i].mass * magnitude) * d
        for i in range(n):
            bodies[i].position = bodies[i].position + dt * bodies[i].velocity

    def energy(self):
        e = 0.0
        bodies = self.bodies
        n = len(bodies)
        for i in range(n):
            e += 0.5 * bodies[i].mass * bodies[i].velocity.dot(bodies[i].velocity)
            for j in range(i + 1, n):
                d = bodies[i].position - bodies[j].position
                e -= bodies[i].mass * bodies[j].mass / d.dot(d) ** 0.5
        return e


PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def body(p, v, mass):
    return Body(Vec3(p[0], p[1], p[2]),
                Vec3(v[0] * DAYS_PER_YEAR, v[1] * DAYS_PER_YEAR, v[2] * DAYS_PER_YEAR),
                mass * SOLAR_MASS)


def main():
    system = System([
        body([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], 1.0),
        body([4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
             [1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05], 9.54791938424326609e-04),
        body([8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
             [-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05], 2.85885980666130812e-04),
        body([1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
             [2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05], 4.36624404335156298e-05),
        body([1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
             [2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05], 5.15138902046611451e-05),
    ])
    system.offset_momentum()
    print("%.9f" % system.energy())
    for _ in range(5_000):
        system.advance(0.01)
    print("%.9f" % system.energy())
