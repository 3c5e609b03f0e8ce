print(3.0, 1e-3, 1_000, 0x1F, 0b101, 0o17) // expect: 3.0 0.001 1000 31 5 15
print(1e-5, 0.1, 1.0, 100.0) // expect: 1e-05 0.1 1.0 100.0
print(1e16, 1e15, 123456789.123) // expect: 1e+16 1000000000000000.0 123456789.123
print(-0.0, 2.5e10) // expect: -0.0 25000000000.0
let f: Float = 0.1
print(f, Float(1) / 3) // expect: 0.1 0.33333334
print(1.0 / 3.0) // expect: 0.3333333333333333
print(Double.pi) // expect: 3.141592653589793
print(Int.max, Int.min) // expect: 9223372036854775807 -9223372036854775808
print(true, false) // expect: true false
