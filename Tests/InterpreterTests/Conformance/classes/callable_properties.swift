// A property holding a closure is called like a method: in a class's own methods, on an instance,
// and through a protocol-typed value.
final class Greeter {
    var format: (String) -> String = { "Hello, \($0)!" }
    func greet(_ name: String) -> String { format(name) }
}
let g = Greeter()
print(g.greet("Ada")) // expect: Hello, Ada!
g.format = { "Hi \($0)" }
print(g.greet("Bob"), g.format("Cy")) // expect: Hi Bob Hi Cy
protocol Transform { var apply: (Int) -> Int { get } }
struct Doubling: Transform { var apply: (Int) -> Int = { $0 * 2 } }
let t: Transform = Doubling()
print(t.apply(21)) // expect: 42
