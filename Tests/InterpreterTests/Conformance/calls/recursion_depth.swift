func depth(_ n: Int, _ acc: Int, _ on: Bool) -> Int {
    if n == 0 { return acc }
    return depth(n - 1, on ? acc + 1 : acc, on)
}
print(depth(10000, 0, true), depth(10000, 0, false)) // expect: 10000 0
