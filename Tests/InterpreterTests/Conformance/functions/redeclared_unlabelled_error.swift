func f(_ x: Int) {}
func f(_ y: Int) {} // expect error: 2:6: invalid redeclaration of 'f'
