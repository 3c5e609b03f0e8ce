func bump(_ x: inout Int) { x += 1 }
var n = 1
bump(n) // expect error: 3:6: passing value of type 'Int' to an inout parameter requires explicit '&'
