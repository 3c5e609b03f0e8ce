// Overflowed the stack of the thread that released the session (arrays of structs, nested).
struct S { var a = [S]() }
var s = S()
for _ in 0..<200000 { s = S(a: [s]) }
print(s.a.count) // expect: 1
