import Foundation
// squareRoot, rounded and the two remainders on Double variables and expressions, with Swift's
// results for negative numbers, ties, signed zeros, NaN and infinities.
let values = [2.0, -2.5, 2.5, -0.0, 7.25, Double.nan, -Double.infinity, 1e300]
for v in values {
    let d = v * 2
    print(v.squareRoot(), v.rounded(), d.rounded(), (v + 0.5).squareRoot())
}
// expect: 1.4142135623730951 2.0 4.0 1.5811388300841898
// expect: -nan -3.0 -5.0 -nan
// expect: 1.5811388300841898 3.0 5.0 1.7320508075688772
// expect: -0.0 -0.0 -0.0 0.7071067811865476
// expect: 2.692582403567252 7.0 15.0 2.7838821814150108
// expect: nan nan nan nan
// expect: -nan -inf -inf -nan
// expect: 1e+150 1e+300 2e+300 1e+150
let a = 7.5, b = -2.0
print(a.truncatingRemainder(dividingBy: b), a.remainder(dividingBy: b), (-a).truncatingRemainder(dividingBy: 2))
// expect: 1.5 -0.5 -1.5
print(a.remainder(dividingBy: 0), b.truncatingRemainder(dividingBy: .infinity), (a * b).squareRoot())
// expect: -nan -2.0 -nan
var total = 0.0
for i in 1...10 { total += Double(i).squareRoot().rounded() }
print(total)
// expect: 22.0
