var a = [1, 2, 3]
var b = a
b[0] = 100
print(a, b) // expect: [1, 2, 3] [100, 2, 3]
var d1 = ["k": 1]
var d2 = d1
d2["k"] = 2
print(d1, d2) // expect: ["k": 1] ["k": 2]
func mutateCopy(_ xs: [Int]) -> [Int] {
    var ys = xs
    ys.append(4)
    return ys
}
let orig = [1]
print(mutateCopy(orig), orig) // expect: [1, 4] [1]
var nested = [[1], [2]]
var copy = nested
copy[0].append(9)
print(nested, copy) // expect: [[1], [2]] [[1, 9], [2]]
var t = (1, [1])
var u = t
u.1.append(2)
print(t, u) // expect: (1, [1]) (1, [1, 2])
