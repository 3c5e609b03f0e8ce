import Testing
@testable import Interpreter

/// Proves every part of the native-extension API with the fakes in `Support/FakeNatives.swift`.
@Suite struct ExtensionAPITests {
    let session = InterpreterSession()
    let plot = FakePlot()

    init() {
        FakeNatives.install(in: session, plot: plot)
    }

    func run(_ source: String) -> (String, [Diagnostic]) {
        let out = OutputBuffer()
        let diagnostics = session.run(source, timeLimit: .seconds(10)) { out.append($0) }
        return (out.lines.joined(separator: "\n"), diagnostics)
    }

    @Test func constructorsStaticMembersAndProperties() {
        let (out, diags) = run("""
            let t = Tensor([1.0, 2.0])
            let m = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
            print(t)
            print(m.shape, Tensor.zeros([2, 3]).shape)
            print(Tensor.linspace(-2, 2, count: 5))
            print("interpolated: \\(Tensor(3.0))")
            """)
        #expect(diags.isEmpty)
        #expect(out == """
            Tensor([1.0, 2.0], shape: [2])
            [2, 3] [2, 3]
            Tensor([-2.0, -1.0, 0.0, 1.0, 2.0], shape: [5])
            interpolated: Tensor([3.0], shape: [1])
            """)
    }

    @Test func methodsSubscriptsAndOperators() {
        let (out, diags) = run("""
            let x = Tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0]).reshaped([2, 3])
            print(x[1], x[1, 2])
            print((x ** 2).sum(), 3 * x[0], x[0] + x[1], -x[0])
            print(0.5 * Tensor([2.0]) - 1)
            print(x[0] > 1.5, x == x, Tensor([1.0]) == Tensor([1.0]))
            """)
        #expect(diags.isEmpty)
        #expect(out == """
            Tensor([4.0, 5.0, 6.0], shape: [3]) Tensor([6.0], shape: [])
            Tensor([91.0], shape: [1]) Tensor([3.0, 6.0, 9.0], shape: [3]) Tensor([5.0, 7.0, 9.0], shape: [3]) Tensor([-1.0, -2.0, -3.0], shape: [3])
            Tensor([0.0], shape: [1])
            Tensor([0.0, 1.0, 1.0], shape: [3]) true false
            """)
    }

    @Test func globalFunctionsLabelsImplicitMembersAndOverloads() {
        let (out, diags) = run("""
            setSeed(42)
            let a = Tensor([1.0, 2.0])
            print(matmul(a, a), reduceMean(a, axis: 0, keepDims: true))
            print(cast(a, to: .int32), addN([a, a]))
            print(sin(0.0), sin(a))
            """)
        #expect(diags.isEmpty)
        #expect(out == """
            Tensor([5.0], shape: [1]) (Tensor([1.5], shape: [1]), "axis,keepDims")
            cast to int32 Tensor([6.0], shape: [1])
            0.0 Tensor([42.0, 42.0], shape: [2])
            """)
    }

    @Test func callbacksOptionalsAndTyping() {
        let (out, diags) = run("""
            let x = Tensor([3.0])
            let tape = GradientTape(persistent: true)
            let y = tape.record { x ** 2 }
            let z = tape.record { () -> Tensor in
                let inner = x * 2
                return inner
            }
            print(y, z)
            print(tape.gradient(y, x)!)
            let g = tape.gradient(y, [x, x])
            let (gx, gy) = (g[0]!, g[1]!)
            print(gx, gy)
            let named = tape.gradient(y, ["x": x])
            print(named["x"]!!)
            var w: Tensor = Tensor([1.0])
            w = w + 1
            var losses: [Float] = []
            losses.append(w.scalar)
            losses.append(y.scalar)
            print(losses, w.scalar * 2)
            """)
        #expect(diags.isEmpty)
        #expect(out == """
            Tensor([9.0], shape: [1]) Tensor([6.0], shape: [1])
            Tensor([6.0], shape: [1])
            Tensor([6.0], shape: [1]) Tensor([6.0], shape: [1])
            Tensor([6.0], shape: [1])
            [2.0, 9.0] 4.0
            """)
    }

    @Test func globalNativeObject() {
        let (_, diags) = run("""
            plt.figure(figsize: (12, 4))
            plt.plot([1, 2], [3.0, 4.0], "r-", label: "line")
            """)
        #expect(diags.isEmpty)
        #expect(plot.log == ["figure(figsize: (12, 4))", #"plot([1, 2], [3.0, 4.0], "r-", label: "line")"#])
    }

    @Test func nativeErrorsAreLocatedAtTheCall() {
        let (_, diags) = run("""
            let a = Tensor([1.0, 2.0])
            let b = matmul(a, Tensor([1.0]))
            """)
        #expect(diags == [Diagnostic(phase: .runtime, line: 2, column: 9, message: "matmul: cannot multiply [2] by [1]")])
        let (_, again) = run("let t = Tensor([1.0, 2.0])\nprint(t.scalar)")
        #expect(again == [Diagnostic(phase: .runtime, line: 2, column: 9, message: "scalar: tensor has 2 elements")])
    }

    @Test func errorsInsideCallbacksKeepTheirLocation() {
        let (_, diags) = run("""
            let tape = GradientTape()
            let y = tape.record {
                [1, 2][5]
            }
            """)
        #expect(diags == [Diagnostic(phase: .runtime, line: 3, column: 5, message: "Index out of range")])
    }

    @Test func secondGradientCallOnNonPersistentTapeFails() {
        let (_, diags) = run("""
            let x = Tensor([1.0])
            let tape = GradientTape()
            let y = tape.record { x * x }
            _ = tape.gradient(y, x)
            _ = tape.gradient(y, x)
            """)
        #expect(diags.map(\.line) == [5])
        #expect(diags.first?.message.contains("persistent: true") == true)
    }

    @Test func trainingLoopIdiom() {
        let (out, diags) = run("""
            setSeed(42)
            let xs = Tensor.linspace(-1, 1, count: 3)
            var w: Tensor = Tensor([0.5])
            var losses: [Float] = []
            for epoch in 0..<3 {
                let tape = GradientTape()
                let loss = tape.record { reduceMean(w * xs).0 }
                let g = tape.gradient(loss, [w])
                w = w - 0.1 * g[0]!
                losses.append(w.scalar)
                if epoch % 2 == 0 {
                    print("Epoch \\(epoch): w = \\(String(format: "%.4f", w.scalar))")
                }
            }
            plt.plot(losses)
            """)
        #expect(diags.isEmpty)
        #expect(out == "Epoch 0: w = 0.4000\nEpoch 2: w = 0.2560")
        #expect(plot.log == ["plot([0.4, 0.32, 0.256])"])
    }

    @Test func documentationExampleWorks() {
        final class Counter: NativeObject {
            var n = 0
            var typeName: String { "Counter" }
            var description: String { "Counter(\(n))" }
            func callMethod(_ name: String, _ args: [NativeArgument], context: NativeContext) throws -> Value {
                guard name == "bump" else { throw NativeError("value of type 'Counter' has no member '\(name)'") }
                n += 1
                return .int(n)
            }
        }
        let session = InterpreterSession()
        session.register(type: NativeType(name: "Counter", initializer: { _, _ in .native(Counter()) }))
        session.register(function: "twice") { args, context in
            _ = try context.call(args[0].value)
            return try context.call(args[0].value)
        }
        let out = OutputBuffer()
        let diagnostics = session.run("let c = Counter()\nprint(twice { c.bump() })", timeLimit: .seconds(5)) { out.append($0) }
        #expect(diagnostics.isEmpty)
        #expect(out.lines == ["2"])
    }
}
