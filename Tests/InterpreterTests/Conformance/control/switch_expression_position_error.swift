var total = 0.0
for p in [1, 2] {
    total += switch p { case 1: 1 default: 2.5 } // expect error: 3:14: 'switch' may only be used as expression in return, throw, or as the source of an assignment
}
