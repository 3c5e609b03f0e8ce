let lo = 5
let hi = 1
for i in lo..<hi { print(i) } // expect runtime error: 3:1: Range requires lowerBound <= upperBound
