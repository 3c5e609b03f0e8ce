enum Box { case a, b(Int) }
switch Box.a {
case .a: // expect error: 3:1: 'fallthrough' from a case which doesn't bind variable 'n'
    fallthrough
case .b(let n): print(n)
}
