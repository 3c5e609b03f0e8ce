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
        #expect(throws: RuntimeFailure.self) { try d.set(.int(1), for: .array([])) }
    }
}
