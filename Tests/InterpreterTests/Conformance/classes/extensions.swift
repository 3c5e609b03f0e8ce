class Account {
    var balance = 0.0
    func deposit(_ x: Double) { balance += x }
}
extension Account: CustomStringConvertible {
    var description: String { "Account(\(balance))" }
    func withdraw(_ x: Double) -> Bool {
        guard x <= balance else { return false }
        balance -= x
        return true
    }
}
let a = Account()
a.deposit(10)
print(a.withdraw(3), a.withdraw(30)) // expect: true false
print(a) // expect: Account(7.0)
