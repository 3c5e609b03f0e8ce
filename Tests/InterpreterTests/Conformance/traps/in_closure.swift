let xs = [1, 2, 0]
let ys = xs.map { 10 / $0 } // expect runtime error: 2:22: Division by zero
print(ys)
