func label(_ n: Int) -> String {
    switch n % 2 { // expect error: 2:5: 'switch' as an expression is not supported in notebooks
    case 0: "even"
    default: "odd"
    }
}
