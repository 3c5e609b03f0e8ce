var count = 1, ratio = 2.0
swap(&count, &ratio) // expect error: 2:14: cannot convert value of type 'Double' to expected argument type 'Int'
