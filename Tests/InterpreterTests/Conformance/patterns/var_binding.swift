enum Box { case value(Int) }
switch Box.value(3) {
case .value(var n):
    n += 10
    print(n) // expect: 13
}
