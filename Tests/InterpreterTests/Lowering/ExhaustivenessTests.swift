import Testing
@testable import Interpreter

/// The exhaustiveness check over enums, `Bool` and tuples, as Swift decides it.
@Suite struct ExhaustivenessTests {
    /// An enum `E { case a, b(Bool) }` for the checks.
    static func makeEnum() -> NominalType {
        let type = NominalType(name: "E", kind: .enumeration)
        type.enumCases = [EnumCase(name: "a", labels: [], types: []), EnumCase(name: "b", labels: [nil], types: [.bool])]
        return type
    }

    @Test func boolNeedsBothValues() {
        #expect(Exhaustiveness.isExhaustive([.constructor(1, []), .constructor(0, [])], .bool))
        #expect(!Exhaustiveness.isExhaustive([.constructor(1, [])], .bool))
        #expect(Exhaustiveness.isExhaustive([.constructor(1, []), .any], .bool))
    }

    @Test func enumCasesAndNestedPayloads() {
        let e = StaticType.nominal(Self.makeEnum())
        #expect(Exhaustiveness.isExhaustive([.constructor(0, []), .constructor(1, [.any])], e))
        #expect(!Exhaustiveness.isExhaustive([.constructor(0, []), .constructor(1, [.constructor(1, [])])], e))
        #expect(Exhaustiveness.isExhaustive(
            [.constructor(0, []), .constructor(1, [.constructor(1, [])]), .constructor(1, [.constructor(0, [])])], e))
    }

    @Test func tuplesAreCheckedColumnByColumn() {
        let pair = StaticType.tuple([.bool, .bool], labels: nil)
        let tt = PatternSpace.constructor(1, []), ff = PatternSpace.constructor(0, [])
        #expect(Exhaustiveness.isExhaustive([.constructor(0, [tt, .any]), .constructor(0, [ff, .any])], pair))
        #expect(!Exhaustiveness.isExhaustive([.constructor(0, [tt, tt]), .constructor(0, [ff, .any])], pair))
        #expect(Exhaustiveness.isExhaustive([.constructor(0, [tt, tt]), .constructor(0, [.any, ff]), .constructor(0, [ff, tt])], pair))
    }

    @Test func numbersNeedACatchAll() {
        #expect(!Exhaustiveness.isExhaustive([.opaque, .opaque], .int))
        #expect(Exhaustiveness.isExhaustive([.opaque, .any], .int))
        #expect(!Exhaustiveness.isExhaustive([], .bool))
    }
}
