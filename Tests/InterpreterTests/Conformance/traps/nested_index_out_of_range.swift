var table = [[0, 1], [2, 3]]
print(table[1][1]) // expect: 3
print(table[1][2]) // expect runtime error: 3:7: Index out of range
