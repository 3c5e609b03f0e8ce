import Testing
import Interpreter

/// Struct values as native code sees them: stored properties enumerated in declaration order (what
/// `trainableVariables` walks), and nothing for values of other kinds.
@Suite struct StructValueTests {
    /// Runs `source` with a native `capture(_:)` and returns the captured values.
    func captured(_ source: String) -> [Value] {
        let session = InterpreterSession()
        var values: [Value] = []
        session.register(function: "capture") { args, _ in
            values.append(contentsOf: args.map(\.value))
            return .void
        }
        let diagnostics = session.run(source, timeLimit: .seconds(10)) { _ in }
        #expect(diagnostics.isEmpty)
        return values
    }

    @Test func storedPropertiesInDeclarationOrder() throws {
        let values = captured("""
            struct Dense {
                var weight: [Double]
                let name: String
                var bias = 0.5
                var scale: Double { bias * 2 }
            }
            capture(Dense(weight: [1, 2], name: "d"))
            """)
        let properties = try #require(values.first?.storedProperties)
        #expect(properties.map(\.name) == ["weight", "name", "bias"])
        #expect(properties.map(\.value.description) == ["[1.0, 2.0]", "d", "0.5"])
    }

    @Test func otherValuesHaveNoStoredProperties() {
        let values = captured("capture(1)\ncapture([1.0])\ncapture((1, 2))")
        #expect(values.count == 3)
        #expect(values.allSatisfy { $0.storedProperties == nil })
    }

    @Test func nestedStructsPrintWithTheirModule() {
        let values = captured("""
            struct Inner { var x: Int }
            struct Outer { var inner: Inner }
            capture(Outer(inner: Inner(x: 1)))
            """)
        #expect(values.first?.description == "Outer(inner: main.Inner(x: 1))")
        #expect(values.first?.typeName == "Outer")
    }
}
