for i in 0..<2 {
    if i == 1 { break outer } // expect error: 2:23: cannot find label 'outer' in scope
}
