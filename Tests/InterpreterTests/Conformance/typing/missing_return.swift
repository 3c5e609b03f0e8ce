func sign(_ x: Int) -> Int {
    if x > 0 {
        return 1
    }
} // expect error: 5:1: missing return in global function expected to return 'Int'
