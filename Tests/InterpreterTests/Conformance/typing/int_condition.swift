let n = 1
if n { print("yes") } // expect error: 2:4: type 'Int' cannot be used as a boolean; test for '!= 0' instead
