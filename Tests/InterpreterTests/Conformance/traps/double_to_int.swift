let inf = Double.infinity
print(Int(inf)) // expect runtime error: 2:7: Double value cannot be converted to Int because it is either infinite or NaN
