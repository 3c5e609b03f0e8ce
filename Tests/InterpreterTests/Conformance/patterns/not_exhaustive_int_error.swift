switch 3 { // expect error: 1:1: switch must be exhaustive
case 0..<10: print("small")
}
