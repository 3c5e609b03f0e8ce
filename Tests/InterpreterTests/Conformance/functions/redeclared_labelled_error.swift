func g(a x: Int) -> Int { x }
func g(a y: Int) -> Int { y } // expect error: 2:6: invalid redeclaration of 'g(a:)'
