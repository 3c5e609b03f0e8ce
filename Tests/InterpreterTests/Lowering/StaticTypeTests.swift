import Testing
@testable import Interpreter

/// The light static type pass: Swift spellings and assignability rules.
@Suite struct StaticTypeTests {
    @Test func namesAsSwiftSpellsThem() {
        #expect(StaticType.array(.double).name == "[Double]")
        #expect(StaticType.dictionary(.string, .optional(.int)).name == "[String: Int?]")
        #expect(StaticType.tuple([.int, .string], labels: ["a", nil]).name == "(a: Int, String)")
        #expect(StaticType.function([.int], .bool).name == "(Int) -> Bool")
    }

    @Test func unknownAndNativeTypesAreCheckedAtRunTime() {
        #expect(StaticType.unknown.isAssignable(to: .array(.float)))
        #expect(StaticType.native("Tensor").isAssignable(to: .native("Variable")))
        #expect(StaticType.array(.unknown).isAssignable(to: .array(.float)))
        #expect(!StaticType.int.isAssignable(to: .double))
        #expect(!StaticType.array(.int).isAssignable(to: .array(.double)))
    }

    @Test func elementTypes() {
        #expect(StaticType.range.elementType == .int)
        #expect(StaticType.dictionary(.string, .int).elementType == .tuple([.string, .int], labels: ["key", "value"]))
    }
}
