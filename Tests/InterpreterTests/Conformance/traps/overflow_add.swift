let big = Int.max
print("before") // expect: before
let boom = big + 1 // expect runtime error: 3:16: Arithmetic operation resulted in an overflow
print(boom)
