// `prefix`/`suffix`/`dropFirst`/`dropLast` of a String are Substrings, printed as text.
let word = "gradient"
print(word.prefix(4), word.suffix(4)) // expect: grad ient
print(word.dropFirst(2), word.dropLast(3)) // expect: adient gradi
print(String(word.suffix(2)).uppercased()) // expect: NT
print(word.suffix(20), word.prefix(0).isEmpty) // expect: gradient true
var xs: [Int] = []
xs.reserveCapacity(10)
for i in 0..<3 { xs.append(i * i) }
print(xs, xs.suffix(2), Array(xs.prefix(1))) // expect: [0, 1, 4] [1, 4] [0]
