enum Rate: Double {
    case slow = 0.5
    case fast = 2.5
}
print(Rate.slow.rawValue * 2) // expect: 1.0
print(Rate(rawValue: 2.5) as Any) // expect: Optional(main.Rate.fast)
