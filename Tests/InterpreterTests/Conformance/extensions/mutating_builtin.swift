// `mutating` methods added to built-in types: `self` is the variable's value, assigned or changed
// in place, and written back when the method returns.
extension Double {
    mutating func clamp(to hi: Double) {
        if self > hi { self = hi }
    }
}
extension Array where Element == Double {
    mutating func normalize() {
        let total = self.reduce(0, +)
        for i in self.indices { self[i] /= total }
    }
    mutating func appendMean() {
        self.append(self.reduce(0, +) / Double(self.count))
    }
}
extension String {
    mutating func shout() { self = self.uppercased() + "!" }
}
var d = 3.5
d.clamp(to: 2)
var xs = [1.0, 3.0]
xs.normalize()
xs.appendMean()
var grid = [[2.0, 2.0], [1.0, 4.0]]
grid[1].normalize()
var s = "hi"
s.shout()
print(d, xs, grid, s) // expect: 2.0 [0.25, 0.75, 0.5] [[2.0, 2.0], [0.2, 0.8]] HI!
