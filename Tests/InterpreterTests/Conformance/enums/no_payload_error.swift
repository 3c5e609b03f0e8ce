enum Color { case red }
let c = Color.red(1) // expect error: 2:15: enum case 'red' has no associated values
