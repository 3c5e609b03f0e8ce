var big = [1, Int.max]
big[0] += 1
big[1] += 1 // expect runtime error: 3:8: Arithmetic operation resulted in an overflow
