for i in 0..<4 {
    defer { print("end", i) } // expect: body 0
    if i == 1 { continue }
    if i == 3 { break }
    print("body", i) // expect: end 0
}
// expect: end 1
// expect: body 2
// expect: end 2
// expect: end 3
