let x = 1
func f() -> Int { 10 }
print(x, f()) // expect: 1 10
// cell
let x = "now a string"
func f() -> Int { 20 }
print(x, f()) // expect: now a string 20
// cell
var counter = 0
func bump() { counter += 1 }
// cell
bump()
bump()
print(counter) // expect: 2
