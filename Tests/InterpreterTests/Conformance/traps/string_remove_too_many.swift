var a = "x"
a.removeFirst(2) // expect runtime error: 2:1: Can't remove more items from a collection than it has
