var count = 0
let step = 0
for i in stride(from: 0, to: 10, by: step) { count += i } // expect runtime error: 3:10: Stride size must not be zero
print(count)
