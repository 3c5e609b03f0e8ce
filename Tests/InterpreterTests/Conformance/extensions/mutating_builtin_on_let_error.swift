extension Array where Element == Double {
    mutating func normalize() {
        let total = self.reduce(0, +)
        for i in self.indices { self[i] /= total }
    }
}
let ys = [1.0, 3.0]
ys.normalize() // expect error: 8:4: cannot use mutating member on immutable value: 'ys' is a 'let' constant
