struct Counter {
    var value: Int
}
var c = Counter(value: Int.max - 1)
c.value += 1
print(c.value) // expect: 9223372036854775807
c.value += 1 // expect runtime error: 7:9: Arithmetic operation resulted in an overflow
