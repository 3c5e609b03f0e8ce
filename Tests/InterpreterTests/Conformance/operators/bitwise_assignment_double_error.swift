var x = 1.5
x &= 2 // expect error: 2:3: binary operator '&=' cannot be applied to operands of type 'Double' and 'Double'
