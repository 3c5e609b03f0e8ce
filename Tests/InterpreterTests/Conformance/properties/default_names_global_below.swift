// A stored property's annotated default may name a global declared further down the cell, as in
// Swift (the default runs when an instance is made, after the global has its value).
struct Buffer {
    var capacity: Int = bufferSize * 2
    var items: [Int] = []
    var label: String? = nil
}
let bufferSize = 8
print(Buffer()) // expect: Buffer(capacity: 16, items: [], label: nil)
struct Pair<T> {
    var items: [T] = []
    var first: T? = nil
}
print(Pair<Int>(items: [1])) // expect: Pair<Int>(items: [1], first: nil)
final class Box {
    var size: Int = bufferSize + scale
    var name: String
    init(name: String) { self.name = name }
}
let scale = 3
print(Box(name: "b").size) // expect: 11
// Without an annotation the default's type comes from the global's.
let learningRate = 0.01
struct Optimizer {
    var rate = learningRate * decay
    var steps = maxSteps
    let names = [label, "b"]
}
let decay = 0.5
let maxSteps: Int = 100
var label = "a"
print(Optimizer()) // expect: Optimizer(rate: 0.005, steps: 100, names: ["a", "b"])
