func combine(_ a: Int, _ b: Int, _ c: Int) -> Int { a - b + c }
let big = Int.max
print(combine(1, 2, 3)) // expect: 2
print(combine(1, 2, big + 1)) // expect runtime error: 4:25: Arithmetic operation resulted in an overflow
