import Testing
@testable import Interpreter

/// Dictionaries keep insertion order (a documented deviation from Swift's unspecified order).
@Suite struct OrderedDictionaryTests {
    @Test func keepsInsertionOrderAcrossUpdatesAndRemovals() throws {
        var d = OrderedDictionary()
        for (k, v) in [("z", 1), ("a", 2), ("m", 3)] { try d.set(.int(v), for: .string(k)) }
        try d.set(.int(9), for: .string("z"))
        #expect(d.keys.map(\.description) == ["z", "a", "m"])
        #expect(try d.remove(.string("a"))?.description == "2")
        #expect(d.keys.map(\.description) == ["z", "m"])
        #expect(try d.value(for: .string("m"))?.description == "3")
        try d.set(.int(4), for: .string("a"))
        #expect(d.keys.map(\.description) == ["z", "m", "a"])
    }

    @Test func rejectsUnhashableKeys() {
        var d = OrderedDictionary()
        #expect(throws: RuntimeFailure.self) { try d.set(.int(1), for: .tuple(Tuple([.int(1), .int(2)]))) }
        #expect(throws: RuntimeFailure.self) { try d.set(.int(1), for: .array([.tuple(Tuple([]))])) }
        #expect(throws: RuntimeFailure.self) { try d.set(.int(1), for: .some(.implicitMember("x"))) }
        #expect(d.count == 0)
    }

    @Test func arraysAndOptionalsOfKeysAreKeys() throws {
        var d = OrderedDictionary()
        try d.set(.int(1), for: .array([.int(1), .int(2)]))
        try d.set(.int(2), for: .array([.int(1), .int(2)]))
        try d.set(.int(3), for: .array([.int(2), .int(1)]))
        try d.set(.int(4), for: .none)
        try d.set(.int(5), for: .some(.string("a")))
        #expect(d.count == 4)
        #expect(try d.value(for: .array([.int(1), .int(2)]))?.description == "2")
        #expect(try d.value(for: .none)?.description == "4")
        #expect(try d.value(for: .some(.string("a")))?.description == "5")
        #expect(try d.value(for: .some(.string("b"))) == nil)
    }
}
