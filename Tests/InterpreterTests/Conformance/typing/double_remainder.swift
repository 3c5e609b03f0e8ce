let x = 5.5
print(x % 2) // expect error: 2:9: '%' is unavailable: For floating point numbers use truncatingRemainder instead
