enum Size {
    case small, large
    init(_ n: Int) {
        self = n < 10 ? .small : .large
    }
}
print(Size(3), Size(30)) // expect: small large
