class Counter {
    var count = 0
}
let a = Counter()
let b = a
b.count += 5
print(a.count) // expect: 5
a.count = 2
print(b.count) // expect: 2
var c = Counter()
c.count = 9
print(a.count, c.count) // expect: 2 9
c = a
c.count += 1
print(a.count) // expect: 3
