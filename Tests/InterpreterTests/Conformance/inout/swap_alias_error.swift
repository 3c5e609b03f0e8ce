var a = 1
swap(&a, &a) // expect error: 2:10: inout arguments are not allowed to alias each other
