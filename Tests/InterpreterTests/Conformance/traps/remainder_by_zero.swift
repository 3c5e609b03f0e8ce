let zero = 0
print(10 % zero) // expect runtime error: 2:10: Division by zero in remainder operation
