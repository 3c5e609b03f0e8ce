struct NotError {}
func f() throws(NotError) {} // expect error: 2:17: thrown type 'NotError' does not conform to the 'Error' protocol
