let xs = [1, 2]
print(xs.size) // expect error: 2:10: value of type '[Int]' has no member 'size'
