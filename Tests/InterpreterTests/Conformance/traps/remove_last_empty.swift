var xs: [Int] = []
xs.removeLast() // expect runtime error: 2:1: Can't remove last element from an empty collection
