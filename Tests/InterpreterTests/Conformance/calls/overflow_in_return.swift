func scaled(_ a: Int, _ b: Int) -> Int {
    if a == 0 { return b }
    let half = a / 2
    return half * b
}
print(scaled(0, 5), scaled(4, 5)) // expect: 5 10
print(scaled(Int.max, 4)) // expect runtime error: 4:17: Arithmetic operation resulted in an overflow
