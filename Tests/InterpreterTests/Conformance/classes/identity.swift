class Box {
    var value: Int
    init(value: Int) { self.value = value }
}
let a = Box(value: 1)
let b = a
let c = Box(value: 1)
print(a === b) // expect: true
print(a === c) // expect: false
print(a !== c) // expect: true
print(b !== a) // expect: false
let boxes = [a, b, c]
var same = 0
for x in boxes where x === a { same += 1 }
print(same) // expect: 2
