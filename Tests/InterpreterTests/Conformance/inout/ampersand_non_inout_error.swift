func show(_ x: Int) { print(x) }
var n = 1
show(&n) // expect error: 3:6: '&' used with non-inout argument of type 'Int'
