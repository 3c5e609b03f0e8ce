// `isZero` of Double and Float beside `isNaN`, `isInfinite`, `isFinite` (negative zero is zero).
let d = 2.5
let f: Float = 0
print(0.0.isZero, d.isZero, (-0.0).isZero, f.isZero, (d - d).isZero, Double.nan.isZero) // expect: true false true true true false
print([0.0, 1.0, -0.0].filter { $0.isZero }.count, d.isNaN, d.isFinite) // expect: 2 false true
