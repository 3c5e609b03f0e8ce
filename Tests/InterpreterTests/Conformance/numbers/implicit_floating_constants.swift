import Foundation
let u = 0.25
print(2 * .pi * u)
print(cos(2 * .pi * u), .pi / 4 * u, u * .pi)
let angles = (0..<4).map { 2 * .pi * Double($0) / 4 }
print(angles.map { (sin($0) * 1000).rounded() / 1000 })
let big: Double = 1 + .greatestFiniteMagnitude
print(big)
// expect: 1.5707963267948966
// expect: 6.123233995736766e-17 0.19634954084936207 0.7853981633974483
// expect: [0.0, 1.0, 0.0, -1.0]
// expect: 1.7976931348623157e+308
