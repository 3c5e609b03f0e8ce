let top = 1.0
let r = 2.0...top // expect runtime error: 2:12: Range requires lowerBound <= upperBound
print(r)
