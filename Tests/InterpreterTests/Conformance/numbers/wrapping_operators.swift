// The wrapping operators `&+`, `&-`, `&*` (a seeded linear congruential generator, as lessons write one).
var state = 42
func next() -> Int {
    state = state &* 6364136223846793005 &+ 1442695040888963407
    return (state >> 33) & 0x7fffffff
}
print(next(), next(), Int.max &+ 1 == Int.min, 0 &- 1) // expect: 1220265334 484179026 true -1
