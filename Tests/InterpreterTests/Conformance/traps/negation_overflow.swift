let m = Int.min
print(-m) // expect runtime error: 2:7: Arithmetic operation resulted in an overflow
