func exchange(_ a: inout Int, _ b: inout Int) { (a, b) = (b, a) }
var n = 1
exchange(&n, &n) // expect error: 3:14: overlapping accesses to 'n', but modification requires exclusive access; consider copying to a local variable
