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
var grow = [1, 2]
let frozen = grow
grow.append(3)
grow[0] = 10
grow += [4]
print(frozen, grow) // expect: [1, 2] [10, 2, 3, 4]
var text = "ab"
let textCopy = text
text += "c"
text.append("d")
print(textCopy, text) // expect: ab abcd
var table: [String: [Int]] = ["k": [1]]
let tableCopy = table
table["k"]!.append(2)
table["n", default: []].append(3)
print(tableCopy, table["k"]!, table["n"]!) // expect: ["k": [1]] [1, 2] [3]
var rows = [[1], [2]]
let inner = rows[0]
rows[0].append(5)
print(inner, rows) // expect: [1] [[1, 5], [2]]
var stack = [1, 2, 3]
let before = stack
_ = stack.removeLast()
print(before, stack) // expect: [1, 2, 3] [1, 2]
