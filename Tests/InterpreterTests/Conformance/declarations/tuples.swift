let t = (1, "a")
print(t) // expect: (1, "a")
print(t.0, t.1) // expect: 1 a
let (x, y) = (3, 4.5)
print(x, y) // expect: 3 4.5
let g: [Int?] = [1, nil]
let (p, q) = (g[0]!, g[1] ?? 9)
print(p, q) // expect: 1 9
var pair = (2, 3)
pair.0 = 5
print(pair) // expect: (5, 3)
let named = (x: 1, y: 2)
print(named.x + named.y, named) // expect: 3 (x: 1, y: 2)
var m = 1, n = 2
(m, n) = (n, m)
print(m, n) // expect: 2 1
let (_, second) = (10, 20)
print(second) // expect: 20
