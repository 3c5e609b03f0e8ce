var total = 0.0
let n = 2
total += n // expect error: 3:7: binary operator '+' cannot be applied to operands of type 'Double' and 'Int'
