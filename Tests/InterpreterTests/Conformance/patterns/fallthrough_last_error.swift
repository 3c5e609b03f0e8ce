switch 1 {
default:
    fallthrough
} // expect error: 4:1: 'fallthrough' without a following 'case' or 'default' block
