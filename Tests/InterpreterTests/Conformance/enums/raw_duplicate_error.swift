enum Coded: Int {
    case a = 1
    case b = 1 // expect error: 3:14: raw value for enum case is not unique
}
