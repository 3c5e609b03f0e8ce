// A literal start value of `reduce` takes the type of the closure's result, as Swift infers it.
struct Item {
    var price: Double
    var count: Int
}
let items = [Item(price: 1.5, count: 2), Item(price: 0.25, count: 4)]
let total = items.reduce(0) { $0 + $1.price * Double($1.count) }
print(total) // expect: 4.0
print(items.reduce(0) { $0 + $1.count }) // expect: 6
print(["a", "bb", "ccc"].reduce(0) { $0 + Double($1.count) / 2 }) // expect: 3.0
func mean(_ xs: [Item]) -> Double { xs.reduce(0) { $0 + $1.price } / Double(xs.count) }
print(mean(items)) // expect: 0.875
print([1, 2, 3].reduce(0) { $0 + Double($1) / 2 }) // expect: 3.0
print([1, 2, 3].reduce(0) { $0 + $1 * $1 }, [1, 2, 3].reduce(0, +)) // expect: 14 6
print([1.5, 2.5].reduce(0, +)) // expect: 4.0
