import Testing
@testable import Interpreter

/// `print` text of values, as Swift prints them.
@Suite struct ValueDescriptionTests {
    @Test func scalars() {
        #expect(Value.double(1).description == "1.0")
        #expect(Value.double(1e-5).description == "1e-05")
        #expect(Value.float(0.1).description == "0.1")
        #expect(Value.int(-3).description == "-3")
        #expect(Value.string("a\"b").description == "a\"b")
        #expect(Value.void.description == "()")
    }

    @Test func collectionsQuoteStrings() {
        #expect(Value.array([.string("a"), .string("b")]).description == #"["a", "b"]"#)
        var d = OrderedDictionary()
        try? d.set(.int(1), for: .string("k"))
        #expect(Value.dictionary(d).description == #"["k": 1]"#)
        #expect(Value.dictionary(OrderedDictionary()).description == "[:]")
        #expect(Value.tuple(Tuple([.int(1), .string("a")])).description == #"(1, "a")"#)
        #expect(Value.tuple(Tuple([.int(0), .double(2)], labels: ["offset", "element"])).description == "(offset: 0, element: 2.0)")
    }

    @Test func optionalsAndRanges() {
        #expect(Value.some(.string("x")).description == #"Optional("x")"#)
        #expect(Value.some(.some(.int(5))).description == "Optional(Optional(5))")
        #expect(Value.none.description == "nil")
        #expect(Value.range(IntRange(lower: 0, upper: 3, closed: false)).description == "0..<3")
        #expect(Value.range(IntRange(lower: 1, upper: 4, closed: true)).description == "1...3")
    }
}
