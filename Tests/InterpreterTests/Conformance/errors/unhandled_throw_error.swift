enum E: Error { case a }
func f() {
    throw E.a // expect error: 3:5: error is not handled because the enclosing function is not declared 'throws'
}
