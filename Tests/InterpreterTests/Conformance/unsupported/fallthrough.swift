switch 1 {
case 1: fallthrough // expect error: 2:9: 'fallthrough' is not supported in notebooks
default: break
}
