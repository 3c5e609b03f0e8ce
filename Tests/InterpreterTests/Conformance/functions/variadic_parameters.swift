// Variadic parameters (`_ xs: Double...`): the arguments arrive as an array, also none, before a labelled
// parameter with a default, in free functions, static methods and methods.
func mean(_ xs: Double...) -> Double { xs.reduce(0, +) / Double(xs.count) }
func tag(_ name: String, values: Int..., scale: Int = 1) -> String { "\(name): \(values.map { $0 * scale })" }
print(mean(1, 2, 3), mean(4)) // expect: 2.0 4.0
print(tag("a", values: 1, 2, 3), tag("b", values: 5, scale: 10), tag("c")) // expect: a: [1, 2, 3] b: [50] c: []
struct Stats {
    static func total(_ xs: Int...) -> Int { xs.reduce(0, +) }
    func describe(_ parts: String...) -> String { parts.joined(separator: "-") }
}
print(Stats.total(1, 2, 3), Stats.total(), Stats().describe("x", "y")) // expect: 6 0 x-y
