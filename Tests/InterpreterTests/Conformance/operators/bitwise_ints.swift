let a = 0b1100
let b = 0b1010
print(a & b, a | b, a ^ b) // expect: 8 14 6
print(a & 1 == 0, b | 1, a ^ 0xd008) // expect: true 11 53252
print(1 << 10, 1024 >> 3, -16 >> 2, 5 << -1, 1 << 64, -1 >> 70) // expect: 1024 128 -4 2 0 -1
var control = 1
var trace: [Int] = []
for _ in 0..<6 {
    if control & 1 == 0 {
        control /= 2
    } else {
        control = (control / 2) ^ 0xd008
    }
    trace.append(control)
}
print(trace) // expect: [53256, 26628, 13314, 6657, 56584, 28292]
print(a & b + 1, (a & b) + 1, a | b * 2) // expect: 9 9 28
