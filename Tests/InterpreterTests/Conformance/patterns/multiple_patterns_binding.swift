enum Value { case int(Int), pair(Int, Int) }
for v in [Value.int(4), .pair(7, 1)] {
    switch v {
    case .int(let n), .pair(let n, _): print("first", n) // expect: first 4
    }
}
// expect: first 7
