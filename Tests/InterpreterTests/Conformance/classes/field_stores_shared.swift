final class Account {
    var balance = 0
    var rate = 0.5
    var position = Point(x: 0, y: 0)
    let id: Int

    init(id: Int) {
        self.id = id
    }

    func deposit(_ amount: Int) {
        balance += amount
        self.rate *= 2
    }
}
struct Point {
    var x: Double
    var y: Double
}
struct Wallet {
    var account: Account
    var spare: Point
}
let a = Account(id: 1)
let alias = a
alias.balance += 5
a.deposit(10)
print(a.balance, alias.balance, alias.rate, a === alias) // expect: 15 15 1.0 true
let saved = a.position
a.position.x = 3
alias.position.y -= 1
print(saved, a.position) // expect: Point(x: 0.0, y: 0.0) Point(x: 3.0, y: -1.0)
var w = Wallet(account: a, spare: Point(x: 1, y: 1))
let w2 = w
w.account.balance = 100
w.spare.x = 7
print(w2.account.balance, w2.spare.x, w.spare.x, a.balance) // expect: 100 1.0 7.0 100
let accounts = [Account(id: 2), Account(id: 3)]
accounts[1].balance += 2
accounts[1].position.x += 0.25
print(accounts[0].balance, accounts[1].balance, accounts[1].position.x) // expect: 0 2 0.25
class Base {
    var count = 0
    func tick() { count += 1 }
}
final class Derived: Base {
    var extra = 1.5
    override func tick() {
        super.tick()
        count += 10
        extra += count > 20 ? 1 : 0
    }
}
let d: Base = Derived()
d.tick()
d.tick()
d.count -= 1
print(d.count, (d as! Derived).extra) // expect: 21 2.5
