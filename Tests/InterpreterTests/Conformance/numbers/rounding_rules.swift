// `rounded(_:)` with each of Swift's rounding rules.
import Foundation
print(3.7.rounded(.down), 3.2.rounded(.up), (-3.7).rounded(.towardZero), (-3.2).rounded(.awayFromZero)) // expect: 3.0 4.0 -3.0 -4.0
print(0.5.rounded(.toNearestOrEven), 2.5.rounded(.toNearestOrAwayFromZero), 2.5.rounded()) // expect: 0.0 3.0 3.0
let f: Float = 1.5
print(f.rounded(.down), f.rounded(.toNearestOrEven)) // expect: 1.0 2.0
