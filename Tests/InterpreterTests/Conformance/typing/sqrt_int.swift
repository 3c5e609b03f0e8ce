let n = 4
print(sqrt(n)) // expect error: 2:7: global function 'sqrt' requires that 'Int' conform to 'FloatingPoint'
