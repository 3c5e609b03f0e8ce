struct Vec3 {
    var x: Double
    var y: Double
    var z: Double

    static func + (a: Vec3, b: Vec3) -> Vec3 {
        Vec3(x: a.x + b.x, y: a.y + b.y, z: a.z + b.z)
    }

    static func * (s: Double, v: Vec3) -> Vec3 {
        Vec3(x: s * v.x, y: s * v.y, z: s * v.z)
    }
}
struct Tagged {
    var name = "none"
    var value: Int
    let unit = "m"
}
var order: [String] = []
func noted(_ label: String, _ v: Double) -> Double {
    order.append(label)
    return v
}
let p = Vec3(x: noted("x", 1), y: noted("y", 2), z: noted("z", 3))
print(order, p) // expect: ["x", "y", "z"] Vec3(x: 1.0, y: 2.0, z: 3.0)
var q = p + 2 * p
let r = q
q.y = 0
print(q, r) // expect: Vec3(x: 3.0, y: 0.0, z: 9.0) Vec3(x: 3.0, y: 6.0, z: 9.0)
print(Tagged(value: 1), Tagged(name: "a", value: 2), Vec3(x: 0, y: 1, z: 2)) // expect: Tagged(name: "none", value: 1, unit: "m") Tagged(name: "a", value: 2, unit: "m") Vec3(x: 0.0, y: 1.0, z: 2.0)
var sum = Vec3(x: 0, y: 0, z: 0)
for i in 0..<4 {
    sum = sum + Vec3(x: Double(i), y: 1, z: -0.5)
}
print(sum) // expect: Vec3(x: 6.0, y: 4.0, z: -2.0)
