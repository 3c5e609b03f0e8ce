func check(_ x: Int) -> Int {
    if x < 0 {
        fatalError("negative input") // expect runtime error: 3:9: negative input
    }
    return x
}
print(check(1)) // expect: 1
print(check(-1))
