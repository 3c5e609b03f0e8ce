var xs = [1]
xs[-1] = 0 // expect runtime error: 2:8: Index out of range
