let v: Int? = 1
switch v { // expect error: 2:1: switch must be exhaustive
case .some(let x): print(x)
}
