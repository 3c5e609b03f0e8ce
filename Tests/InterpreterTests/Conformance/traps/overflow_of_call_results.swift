func doubling(_ n: Int) -> Int {
    return n == 0 ? 4_611_686_018_427_387_904 : doubling(n - 1) + doubling(n - 1)
}
print(doubling(0))
// expect: 4611686018427387904
print(doubling(1)) // expect runtime error: 2:65: Arithmetic operation resulted in an overflow
