print(7 / 2, 7 % 3, -7 / 2, -7 % 3) // expect: 3 1 -3 -1
print(7.0 / 2, 2 * 3 + 4, 2 + 3 * 4) // expect: 3.5 10 14
print((2 + 3) * 4, 10 - 2 - 3) // expect: 20 5
let x = 5
print(-x, +x, x * -1) // expect: -5 5 -5
var y = 10
y += 5; y -= 3; y *= 2; y /= 4; y %= 4
print(y) // expect: 2
var z = 1.5
z *= 2; z /= 4; z -= 1
print(z) // expect: -0.25
print(1.0 / 0.0, -1.0 / 0.0) // expect: inf -inf
print((0.0 / 0.0).isNaN) // expect: true
print(0.1 + 0.2) // expect: 0.30000000000000004
let f: Float = 2.5
print(f * 2, f / 3) // expect: 5.0 0.8333333
