let limit = 3
for n in [1, 3, 5] {
    switch n {
    case limit: print("at limit") // expect: under
    case let x where x > limit: print("over", x) // expect: at limit
    default: print("under") // expect: over 5
    }
}
