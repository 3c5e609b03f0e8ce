struct Money: CustomStringConvertible {
    var cents: Int
    var description: String {
        "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
    }
}
struct Wallet {
    var owner: String
    var balance: Money
}
let m = Money(cents: 1205)
print(m) // expect: $12.05
print("paid \(m)") // expect: paid $12.05
print([m, Money(cents: 7)]) // expect: [$12.05, $0.07]
print(Wallet(owner: "ada", balance: m)) // expect: Wallet(owner: "ada", balance: $12.05)
let maybe: Money? = m
print(maybe as Any) // expect: Optional($12.05)
