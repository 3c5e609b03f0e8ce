extension Array {
    var isPair: Bool { self.count == 2 }
    func describeSize() -> String { "\(self.count) items" }
}
print([1, 2].isPair, ["a"].isPair) // expect: true false
print([[1.0], [2.0], [3.0]].describeSize()) // expect: 3 items
