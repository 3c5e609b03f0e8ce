import Testing
import Interpreter

/// Class instances as native code sees them: stored properties enumerated superclass first, each
/// class's in declaration order (what `trainableVariables` walks), shared by every reference.
@Suite struct ObjectInstanceTests {
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

    @Test func storedPropertiesSuperclassFirst() throws {
        let values = captured("""
            class Layer {
                var weight: [Double] = [1, 2]
                let name: String
                var scale: Double { 2 }
                init(name: String) { self.name = name }
            }
            class Dense: Layer {
                var bias = 0.5
            }
            capture(Dense(name: "d"))
            """)
        let properties = try #require(values.first?.storedProperties)
        #expect(properties.map(\.name) == ["weight", "name", "bias"])
        #expect(properties.map(\.value.description) == ["[1.0, 2.0]", "d", "0.5"])
        #expect(values.first?.typeName == "Dense")
    }

    @Test func referencesShareOneInstance() throws {
        let values = captured("""
            class Counter { var n = 0 }
            let a = Counter()
            let b = a
            b.n = 7
            capture(a)
            """)
        let properties = try #require(values.first?.storedProperties)
        #expect(properties.map(\.value.description) == ["7"])
        #expect(values.first?.description == "main.Counter")
    }
}
