let rows = [[1, 2], [3]]
print(rows.map(\.[0])) // expect error: 2:17: a key path with a subscript or optional component is not supported in notebooks
