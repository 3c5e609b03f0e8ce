enum Coded: Int {
    case a(Int) // expect error: 2:11: enum with raw type cannot have cases with arguments
}
