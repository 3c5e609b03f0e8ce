let b = true
switch b { // expect error: 2:1: switch must be exhaustive
case true: print("t")
}
