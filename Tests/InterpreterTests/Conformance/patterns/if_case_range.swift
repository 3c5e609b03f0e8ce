let x = 7
if case 1...9 = x { print("single digit") } // expect: single digit
if case (let a, 0) = (x, 0) { print("second is zero", a) } // expect: second is zero 7
