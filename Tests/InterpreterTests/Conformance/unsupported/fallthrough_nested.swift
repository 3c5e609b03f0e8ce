switch 1 {
case 1:
    if true { fallthrough } // expect error: 3:15: 'fallthrough' before the end of a case is not supported in notebooks
default: break
}
