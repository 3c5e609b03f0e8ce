var s = 12
s &= 3
print(s)
var state = 42
for _ in 0..<3 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    print(state)
}
var h = 1469598103934665603
for scalar in "abc".unicodeScalars {
    h ^= Int(scalar.value)
    h &*= 1099511628211
}
print(h)
var xs = [1, 2, 3]
xs[1] |= 8
xs[2] <<= 4
xs[0] &+= Int.max
print(xs)
var d = ["a": 5]
d["a"]! >>= 1
d["a", default: 0] &-= 10
print(d)
struct RNG {
    var state: Int
    mutating func next() -> Int {
        state &*= 6364136223846793005
        state &+= 1442695040888963407
        return state >> 33
    }
}
var r = RNG(state: 7)
print(r.next(), r.next(), r.state)
final class Box { var bits = 0b1010 }
let b = Box()
b.bits ^= 0b0110
print(b.bits)
// expect: 0
// expect: 45454805674
// expect: -6914526270109646145
// expect: 8436149872692906362
// expect: -2204510569963675907
// expect: [-9223372036854775808, 10, 48]
// expect: ["a": -8]
// expect: 1059165278 -95220417 -817937147147833711
// expect: 12
