enum Box { case value(Int) }
switch Box.value(1) { // expect error: 2:1: switch must be exhaustive
case .value(let n) where n > 0: print(n)
}
