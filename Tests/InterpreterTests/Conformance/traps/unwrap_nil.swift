let d = ["a": 1]
print(d["a"]!) // expect: 1
let v = d["b"]! // expect runtime error: 3:15: Unexpectedly found nil while unwrapping an Optional value
print(v)
