let i = 3
let d = 2.5
print(i * d) // expect error: 3:9: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'
