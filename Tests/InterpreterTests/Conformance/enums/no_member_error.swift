enum Color { case red }
let c = Color.blue // expect error: 2:15: type 'Color' has no member 'blue'
