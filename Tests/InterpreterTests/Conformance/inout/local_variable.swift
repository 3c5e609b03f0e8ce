func bump(_ x: inout Int) { x += 1 }
var n = 1
bump(&n)
bump(&n)
print(n) // expect: 3
