func clamp(_ v: inout Int, to limit: Int) { if v > limit { v = limit } }
var xs = [1, 50, 7, 99]
for i in xs.indices { clamp(&xs[i], to: 10) }
print(xs) // expect: [1, 10, 7, 10]
