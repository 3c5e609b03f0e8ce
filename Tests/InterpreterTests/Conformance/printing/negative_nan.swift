let a = -Double.nan
print(a, a.description, "\(a)", String(describing: a), [a])
let inf = Double.infinity
print(inf / inf, -Double.nan, Double.nan, 0.0 * inf, inf - inf, Float.nan, -Float.nan)
// expect: -nan nan -nan nan [-nan]
// expect: -nan -nan nan -nan -nan nan -nan
