protocol Zero {
    static var zero: Self { get }
    static func named() -> String
}
struct Money: Zero {
    var cents: Int
    static let zero = Money(cents: 0)
    static func named() -> String { "money" }
}
print(Money.zero, Money.named()) // expect: Money(cents: 0) money
