var i = 0
while i < 3 {
    i += 1
}
print(i) // expect: 3
var n = 0
repeat {
    n += 10
} while n < 5
print(n) // expect: 10
var k = 0
while true {
    k += 1
    if k == 4 { break }
}
print(k) // expect: 4
var stack = [1, 2, 3]
while let top = stack.popLast() {
    print(top, terminator: " ")
}
print() // expect: 3 2 1 
do {
    print("do block") // expect: do block
}
