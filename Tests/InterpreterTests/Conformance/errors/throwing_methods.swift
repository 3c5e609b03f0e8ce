enum BankError: Error { case insufficient(needed: Int) }
struct Account {
    var balance: Int
    mutating func withdraw(_ amount: Int) throws {
        guard amount <= balance else { throw BankError.insufficient(needed: amount - balance) }
        balance -= amount
    }
    func check() throws -> Int {
        if balance == 0 { throw BankError.insufficient(needed: 1) }
        return balance
    }
}
var acct = Account(balance: 10)
try acct.withdraw(4)
print(acct.balance) // expect: 6
do {
    try acct.withdraw(100)
} catch BankError.insufficient(let needed) {
    print("short by", needed) // expect: short by 94
}
print(acct.balance) // expect: 6
print(try acct.check()) // expect: 6
