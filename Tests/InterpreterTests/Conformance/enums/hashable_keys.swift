enum Fruit: Hashable { case apple, pear }
var counts: [Fruit: Int] = [:]
counts[.apple] = 2
counts[.pear, default: 0] += 1
counts[.apple, default: 0] += 1
print(counts[.apple]!, counts[.pear]!) // expect: 3 1
print(counts[Fruit.apple] == 3) // expect: true
