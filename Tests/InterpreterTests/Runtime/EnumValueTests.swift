import Testing
@testable import Interpreter

/// Enum values in the runtime: Swift's text, synthesised equality, ordering and hashing, and one
/// shared value per case without associated values.
@Suite struct EnumValueTests {
    /// `enum Shape { case dot, circle(radius: Double), pair(Int, String) }`, made by the interpreter.
    static func makeShape() -> NominalType {
        let type = NominalType(name: "Shape", kind: .enumeration)
        type.enumCases = [
            EnumCase(name: "dot", labels: [], types: []),
            EnumCase(name: "circle", labels: ["radius"], types: [.double]),
            EnumCase(name: "pair", labels: [nil, nil], types: [.int, .string]),
        ]
        type.enumCases[0].shared = EnumValue(type: type, caseIndex: 0, payload: [])
        return type
    }

    @Test func printsAsSwiftDoes() {
        let shape = Self.makeShape()
        let circle = Value.enumeration(EnumValue(type: shape, caseIndex: 1, payload: [.double(2)]))
        let pair = Value.enumeration(EnumValue(type: shape, caseIndex: 2, payload: [.int(1), .string("a")]))
        #expect(circle.description == "circle(radius: 2.0)")
        #expect(pair.description == "pair(1, \"a\")")
        #expect(Value.array([circle]).description == "[main.Shape.circle(radius: 2.0)]")
        #expect(Value.some(.enumeration(shape.enumCases[0].shared!)).description == "Optional(main.Shape.dot)")
    }

    @Test func equalityOrderAndHashingFollowCasesThenPayloads() throws {
        let shape = Self.makeShape()
        func circle(_ r: Double) -> Value { .enumeration(EnumValue(type: shape, caseIndex: 1, payload: [.double(r)])) }
        let dot = Value.enumeration(shape.enumCases[0].shared!)
        #expect(try valuesEqual(circle(1), circle(1)))
        #expect(try !valuesEqual(circle(1), circle(2)))
        #expect(try !valuesEqual(dot, circle(1)))
        #expect(try compareValues(dot, circle(1)) < 0)
        #expect(try compareValues(circle(2), circle(1)) > 0)
        #expect(try HashKey(circle(1)) == HashKey(circle(1)))
        #expect(try HashKey(circle(1)) != HashKey(circle(3)))
    }

    @Test func aTypeDeclaredAgainIsAnotherType() throws {
        let first = Self.makeShape(), second = Self.makeShape()
        #expect(try !valuesEqual(.enumeration(first.enumCases[0].shared!), .enumeration(second.enumCases[0].shared!)))
    }
}
