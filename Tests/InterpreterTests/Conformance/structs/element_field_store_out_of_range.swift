struct P { var x = 0.0 }
var ps = [P(), P()]
ps[1].x = 1
print(ps[1].x) // expect: 1.0
ps[2].x = 3 // expect runtime error: 5:9: Index out of range
