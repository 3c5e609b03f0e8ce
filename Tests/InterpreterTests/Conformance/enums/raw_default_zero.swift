enum Digit: Int { case zero, one, two }
print(Digit.zero.rawValue, Digit.two.rawValue) // expect: 0 2
let d = Digit(rawValue: 1)!
print(d) // expect: one
