enum Coin { case heads, tails }
extension Coin {
    var flipped: Coin { self == .heads ? .tails : .heads }
    func describe() -> String { "coin: \(self)" }
}
print(Coin.heads.flipped) // expect: tails
print(Coin.tails.describe()) // expect: coin: tails
