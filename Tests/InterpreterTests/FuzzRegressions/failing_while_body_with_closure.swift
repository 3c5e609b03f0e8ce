// Trapped in the lowerer: a `while` body that creates a closure (so it gets a scope of its own)
// and fails to lower left that scope in place, and the enclosing block then closed one too many.
func f() {
    while true {
        let g = { 1 }
        nope // expect error: 6:9: cannot find 'nope' in scope
    }
}
