import Testing
@testable import Interpreter

/// The hooks a host uses for DSL.md §9's models: a host protocol an author's struct conforms to, a
/// property every author's value has, callable native objects, settable native properties and the
/// element-wise comparison operators.
@Suite struct NativeProtocolTests {
    /// A native layer: `scale(x)` multiplies, `factor` can be set, `.<` compares element-wise.
    final class Scale: NativeObject {
        var factor: Double
        init(_ factor: Double) { self.factor = factor }
        var typeName: String { "Scale" }
        var description: String { "Scale(\(factor))" }

        func property(_ name: String, context: NativeContext) throws -> Value {
            guard name == "factor" else { throw NativeError("value of type 'Scale' has no member '\(name)'") }
            return .double(factor)
        }

        func setProperty(_ name: String, _ value: Value, context: NativeContext) throws {
            _ = try property(name, context: context)
            guard case .double(let d) = value else { throw NativeError("factor: expected a Double") }
            factor = d
        }

        func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
            guard name == "callAsFunction", case .double(let x)? = arguments.first?.value else {
                throw NativeError("value of type 'Scale' has no member '\(name)'")
            }
            // An author's value handed in is called back through its own `callAsFunction`.
            if let inner = arguments.dropFirst().first?.value,
                case .double(let y)? = try context.callMethod(on: inner, "callAsFunction", [.double(x)]) {
                return .double(factor * y)
            }
            return .double(factor * x)
        }
    }

    private func run(_ source: String) -> (String, [Diagnostic]) {
        let session = InterpreterSession()
        session.register(type: NativeType(name: "Scale", initializer: { args, _ in
            guard case .double(let d)? = args.first?.value else { throw NativeError("Scale: expected a Double") }
            return .native(Scale(d))
        }))
        session.register(protocol: "Doubler", requirements: ["callAsFunction"])
        session.register(property: "fieldCount") { value, _ in .int(value.storedProperties?.count ?? 0) }
        session.register(binaryOperator: { op, a, b, _ in
            guard op == ".<", case .native(let s as Scale) = a, case .double(let y) = b else { return nil }
            return .bool(s.factor < y)
        })
        let out = OutputBuffer()
        let diagnostics = session.run(source, timeLimit: .seconds(10)) { out.append($0) }
        return (out.lines.joined(separator: "\n"), diagnostics)
    }

    @Test func authorTypesConformAndNativeValuesAreCalled() {
        let (out, diagnostics) = run("""
            struct Twice: Doubler {
                var scale: Scale
                var label = "t"
                func callAsFunction(_ x: Double) -> Double { scale(x) * 2 }
            }
            let s = Scale(3.0)
            let t = Twice(scale: s)
            print(s(2.0), t(1.0), t.fieldCount, s(1.0, t))
            s.factor = 0.5
            s.factor *= 4
            print(t(1.0), t.scale.factor, s .< 3.0)
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(out == "6.0 6.0 2 18.0\n4.0 2.0 true")
    }

    @Test func missingRequirementsAndBadOperandsAreLocatedErrors() {
        let (_, missing) = run("struct Plain: Doubler {\n    var x = 1\n}")
        #expect(missing.map(\.message) == ["type 'Plain' does not conform to protocol 'Doubler' (it needs 'func callAsFunction')"])
        #expect(missing.first.map { [$0.line, $0.column] } == [1, 8])
        let (_, numbers) = run("let a = 1\nprint(a .< 2)")
        #expect(numbers.map(\.message) == ["binary operator '.<' cannot be applied to operands of type 'Int' and 'Int'"])
        let (_, unset) = run("let s = Scale(1.0)\ns.missing = 2.0")
        #expect(unset.map(\.message) == ["value of type 'Scale' has no member 'missing'"])
        #expect(unset.first.map { [$0.line, $0.column] } == [2, 11])
    }

    /// A notebook's own class named like a host protocol shadows it: a subclass inherits from the class.
    @Test func anOwnClassShadowsAHostProtocolOfTheSameName() {
        let (out, diagnostics) = run("""
            class Doubler {
                func describe() -> String { "base" }
            }
            class Dense: Doubler {
                override func describe() -> String { "dense" }
            }
            let layers: [Doubler] = [Doubler(), Dense()]
            print(layers.map { $0.describe() })
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(out == "[\"base\", \"dense\"]")
    }
}
