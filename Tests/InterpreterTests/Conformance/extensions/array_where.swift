extension Array where Element == Double {
    func mean() -> Double { self.reduce(0, +) / Double(self.count) }
    var total: Double { self.reduce(0, +) }
}
let xs: [Double] = [1, 2, 3, 4]
print(xs.mean(), xs.total) // expect: 2.5 10.0
print([2.0, 4.0].mean()) // expect: 3.0
