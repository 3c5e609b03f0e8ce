let n = 3
precondition(n > 5, "n too small") // expect runtime error: 2:1: Precondition failed: n too small
