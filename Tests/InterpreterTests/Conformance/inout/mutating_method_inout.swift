struct Bank {
    var reserve: Int
    mutating func transfer(from account: inout Int, amount: Int) {
        account -= amount
        reserve += amount
    }
}
var bank = Bank(reserve: 100)
var savings = 50
bank.transfer(from: &savings, amount: 20)
print(bank.reserve, savings) // expect: 120 30
var accounts = [10, 20]
bank.transfer(from: &accounts[1], amount: 5)
print(bank.reserve, accounts) // expect: 125 [10, 15]
