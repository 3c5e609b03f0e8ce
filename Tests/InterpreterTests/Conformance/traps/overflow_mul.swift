var x = 1
for _ in 0..<70 {
    x *= 3 // expect runtime error: 3:7: Arithmetic operation resulted in an overflow
}
print(x)
