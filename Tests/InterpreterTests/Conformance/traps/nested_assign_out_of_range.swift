var grid = [[0.0, 1.0], [2.0]]
grid[0][1] = 5.0
grid[1][1] = 5.0 // expect runtime error: 3:12: Index out of range
