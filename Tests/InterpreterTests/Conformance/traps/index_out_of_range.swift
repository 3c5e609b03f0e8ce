let xs = [1, 2, 3]
print(xs[2]) // expect: 3
print(xs[3]) // expect runtime error: 3:7: Index out of range
