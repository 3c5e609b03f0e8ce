let d = Dictionary(uniqueKeysWithValues: [("a", 1), ("a", 2)]) // expect runtime error: 1:9: Duplicate values for key: 'a'
print(d)
