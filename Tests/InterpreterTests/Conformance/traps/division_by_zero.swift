let zero = 0
print(10.0 / 0.0) // expect: inf
print(10 / zero) // expect runtime error: 3:10: Division by zero
