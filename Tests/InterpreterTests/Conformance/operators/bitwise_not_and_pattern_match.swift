print(~0, ~5, ~(-1))
print((2..<6) ~= 4, (2..<6) ~= 6, (0.0...1.0) ~= 0.5, 3 ~= 3)
let grades = 80...89
print(grades ~= 85)
// expect: -1 -6 0
// expect: true false true true
// expect: true
