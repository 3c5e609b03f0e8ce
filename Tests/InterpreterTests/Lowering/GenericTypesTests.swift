import Testing
@testable import Interpreter

/// Generic types of the notebook (`struct Stack<Element>`) across cells, and how their values name
/// their type arguments where swiftc's corpus cannot show it (tests/Conformance/generics has the rest).
@Suite struct GenericTypesTests {
    let session = InterpreterSession()

    /// Runs one cell, returning what it printed and its diagnostics' messages.
    func run(_ source: String) -> (String, [String]) {
        let out = OutputBuffer()
        let diagnostics = session.run(source, timeLimit: .seconds(10), output: { out.append($0) })
        return (out.lines.joined(separator: "\n"), diagnostics.map(\.message))
    }

    @Test func aGenericTypeIsUsableAndExtensibleInLaterCells() {
        #expect(run("struct Stack<Element> { var items: [Element] = [] }").1 == [])
        #expect(run("extension Stack { mutating func push(_ x: Element) { items.append(x) }\nvar top: Element? { items.last } }").1 == [])
        let (out, errors) = run("var s = Stack<String>()\ns.push(\"a\")\nprint(s, s.top ?? \"-\")")
        #expect(errors == [])
        #expect(out == "Stack<String>(items: [\"a\"]) a")
    }

    @Test func argumentsNothingShowsArePrintedAsTheParametersName() {
        // swiftc knows `U` is Double from the closure; nbrun erases types, and the empty array shows nothing.
        _ = run("struct Bag<T> { var items: [T]\nfunc map<U>(_ f: (T) -> U) -> Bag<U> { Bag<U>(items: items.map(f)) } }")
        #expect(run("print(Bag(items: [1]).map { Double($0) })\nprint(Bag(items: [Int]()).map { Double($0) })").0
            == "Bag<Double>(items: [1.0])\nBag<T>(items: [])")
    }

    @Test func valuesCompareByTheirPropertiesOnly() {
        _ = run("struct Key<T: Equatable>: Equatable { var raw: T? }\nfunc make<T: Equatable>(_ x: T?) -> Key<T> { Key(raw: x) }")
        // Both are `Key<Int>` to Swift; the second records no argument (nil shows none).
        let (out, errors) = run("let a = Key<Int>(raw: nil)\nlet none: Int? = nil\nlet b = make(none)\nprint(a == b, a != b, b)")
        #expect(errors == [])
        #expect(out == "true false Key<T>(raw: nil)")
    }

    @Test func wrongArgumentCountsAreSwiftsErrors() {
        _ = run("struct Pair<A, B> { var a: A\nvar b: B }\nstruct Plain { }")
        #expect(run("let p: Pair<Int, Int, Int> = Pair(a: 1, b: 2)").1
            == ["generic type 'Pair' specialized with too many type parameters (got 3, but expected 2)"])
        #expect(run("let q = Plain<Int>()").1 == ["cannot specialize non-generic type 'Plain'"])
        #expect(run("struct Bad where T: Equatable { }").1 == ["'where' clause cannot be applied to a non-generic top-level declaration"])
    }
}
