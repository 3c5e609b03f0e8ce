enum E: Error { case a }
func f() throws(E) {} // expect error: 2:10: typed 'throws(E)' is not supported in notebooks
