var xs = [1, 2]
swap(&xs[0], &xs[1]) // expect error: 2:6: overlapping accesses to 'xs', but modification requires exclusive access; consider calling MutableCollection.swapAt(_:_:)
