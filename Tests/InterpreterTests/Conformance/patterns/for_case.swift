enum Item { case coin(Int), gem(String), nothing }
let bag: [Item] = [.coin(5), .gem("ruby"), .nothing, .coin(10)]
var total = 0
for case .coin(let v) in bag { total += v }
print(total) // expect: 15
for case let .gem(name) in bag { print(name) } // expect: ruby
for case .coin(let v) in bag where v > 5 { print("big", v) } // expect: big 10
