import NotebookFormat
import Testing
@testable import Execution

/// The runtime as notebook cells see it: each test runs real cells through the interpreter and the bindings.
@Suite struct RuntimeBindingsTests {
    /// Runs `cells` as one notebook and returns each cell's printed text, or its error message.
    private func run(_ cells: String...) -> [String] {
        NotebookCells.texts(cells)
    }

    @Test func tensorsMixWithNumbersAndKeepTheirDtype() {
        let out = run("""
            let t = Tensor([[1, 2], [3, 4]])
            print((2 * t + 1).scalars, (t / 2.0).dtype, -t[1, 0])
            let d = Tensor([1.5, 2.5], dtype: .float64)
            print((d * 2).dtype, d.scalars, Tensor(shape: [2, 1], scalars: [5, 6]).shape)
            """)
        #expect(out == ["""
            [3.0, 5.0, 7.0, 9.0] float32 Tensor(-3.0, shape: [], dtype: float32)
            float64 [1.5, 2.5] [2, 1]

            """])
    }

    @Test func reductionsShapingAndFunctions() {
        let out = run("""
            let m = Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
            print(reduceSum(m, axis: 0).scalars, reduceMean(m, axis: 1, keepDims: true).shape, reduceMax(m).scalar)
            print(reshape(m, [3, 2]).shape, transpose(m).shape, m.sum().scalar, concat([m, m], axis: 0).shape)
            print(addN([m, m]).scalars.count, softmax(Tensor([0.0, 0.0])).scalars, cast(m, to: .int32).scalars[5])
            print(sin(Double.pi / 2), maximum(m, 3).scalars)
            """)
        #expect(out == ["""
            [5.0, 7.0, 9.0] [2, 1] 6.0
            [3, 2] [3, 2] 21.0 [4, 3]
            6 [0.5, 0.5] 6
            1.0 [3.0, 3.0, 3.0, 4.0, 5.0, 6.0]

            """])
    }

    @Test func gradientSourcesMirrorTheirStructure() {
        let out = run("""
            let a = Variable(2.0, name: "a")
            let b = Variable(3.0, name: "b")
            let c = Variable(1.0, trainable: false)
            let tape = GradientTape(persistent: true)
            let z = tape.record { a * b + c }
            print(tape.gradient(z, a)!.scalar, tape.gradient(z, [a, b]).count)
            let named = tape.gradient(z, ["b": b, "c": c])
            print(named["b"]!!.scalar, named["c"]! == nil)
            print(tape.gradient(z, c, unconnected: .zero)!.scalar)
            """)
        #expect(out == ["3.0 2\n2.0 true\n0.0\n"])
    }

    @Test func jacobianAndOutputGradients() {
        let out = run("""
            let x = Variable([1.0, 2.0])
            let tape = GradientTape(persistent: true)
            let y = tape.record { x * x }
            print(tape.jacobian(y, x)!.shape, tape.jacobian(y, x)!.scalars)
            print(tape.gradient(y, x, outputGradients: Tensor([1.0, 10.0]))!.scalars)
            """)
        #expect(out == ["[2, 2] [2.0, 0.0, 0.0, 4.0]\n[2.0, 40.0]\n"])
    }

    @Test func variablesAssignInPlace() {
        let out = run("""
            let v = Variable(Tensor.zeros([2]), name: "bias")
            v.assignAdd(Tensor([1.0, 2.0]))
            v.assignSub(0.5 * v)
            print(v.value.scalars, v.name, v.shape)
            """, """
            v.assign(Tensor.zeros([3]))
            """)
        #expect(out[0] == "[0.5, 1.0] bias [2]\n")
        #expect(out[1].hasPrefix("error: assign"))
    }

    @Test func runtimeErrorsNameTheOperation() {
        let out = run(
            "print(matmul(Tensor.zeros([2, 3]), Tensor.zeros([2, 2])))",
            "print(Tensor.zeros([200000, 200000]))",
            "plt.plot([1, 2, 3], [1, 2])",
            "plt.subplot(1, 2, 3)",
            "print(Tensor([1.0, 2.0]).scalar)",
            "print(Tensor.zeros([2], dtype: .complex))",
            "let t = GradientTape()\nlet y = t.record { Tensor(1.0) }\nprint(t.gradient(y, 3))"
        )
        #expect(out[0] == "error: matmul: cannot multiply [2, 3] by [2, 2]\n")
        #expect(out[1].contains("memory limit"))
        #expect(out[2] == "error: plot: x has 3 values but y has 2\n")
        #expect(out[3].hasPrefix("error: subplot"))
        #expect(out[4].hasPrefix("error: scalar: the tensor has 2 elements"))
        #expect(out[5].contains("dtype must be"))
        #expect(out[6].contains("a source must be a Tensor or a Variable"))
    }

    /// `Double.random(in:)` and the like draw from the generator `setSeed` seeds (splitmix64 from the
    /// seed): after `setSeed(1)` they print what swiftc's `Double.random(in: 0..<1, using: &g)` prints
    /// for that generator from state 1 (`RandomValuesTests`), and a random tensor drawn in between
    /// moves the same sequence on.
    @Test func swiftRandomValuesDrawFromTheSeededGenerator() {
        let out = run(
            "setSeed(1)\nprint(Double.random(in: 0..<1), Int.random(in: 1...6))",
            "setSeed(1)\nvar xs = [1, 2, 3, 4, 5]\nxs.shuffle()\nprint(xs)",
            "setSeed(1)\n_ = Tensor.randomUniform([1])\nprint(Int.random(in: 1...6))"
        )
        #expect(out == ["0.3181059528314095 5\n", "[3, 4, 5, 2, 1]\n", "5\n"])
    }

    /// Inside an extension of a built-in type a bare `split(separator:)` is `self`'s method, as in Swift,
    /// not the runtime's tensor `split`; outside it, `split` is still the runtime's.
    @Test func aBuiltinTypesOwnMethodComesBeforeTheRuntimeFunction() {
        let out = run(
            "extension String {\n    var words: Int { split(separator: \" \").count }\n}\nprint(\"a b c\".words)",
            "print(split(Tensor([1.0, 2.0, 3.0, 4.0]), count: 2).count)"
        )
        #expect(out == ["3\n", "2\n"])
    }

    /// A notebook that declares its own `protocol Layer` uses it, also as `any Layer`, not the runtime's.
    @Test func aNotebooksOwnProtocolComesBeforeTheRuntimesOfTheSameName() {
        let out = run(
            "protocol Layer { func f() -> Int }\nstruct A: Layer { func f() -> Int { 1 } }\nlet y: any Layer = A()\nlet ys: [Layer] = [A()]\nprint(y.f(), ys[0].f())"
        )
        #expect(out == ["1 1\n"])
    }

    @Test func argumentsAreFoundByPositionAndLabel() {
        let out = run(
            "let t = Tensor([[1.0, 2.0], [3.0, 4.0]])\nprint(reduceSum(t, keepDims: true, axis: 0).shape)",
            "print(reduceSum(t, axis: 0, axis: 1))",
            "print(reduceSum(t, axes: 0))",
            "print(matmul(t))",
            "print(Tensor.randomNormal([2], stddev: 2, mean: 1).shape)",
            "print((0.5 * t).scalars, (Tensor([2], dtype: .int32) * 3).dtype)",
            "print(Tensor([2], dtype: .int32) * 0.5)"
        )
        #expect(out[0] == "[1, 2]\n")
        #expect(out[1] == "error: reduceSum: extra argument 'axis' in call\n")
        #expect(out[2] == "error: reduceSum: extra argument 'axes' in call\n")
        #expect(out[3] == "error: matmul: expected 2 arguments, got 1\n")
        #expect(out[4] == "[2]\n")
        #expect(out[5] == "[0.5, 1.0, 1.5, 2.0] int32\n")
        #expect(out[6] == "error: Tensor: 0.5 is not a valid int32 value\n")
    }

    @Test func chartsAreShownAndLeftOpenFiguresToo() {
        let out = run("""
            plt.figure(figsize: (4, 3))
            plt.plot(Tensor.linspace(0, 1, count: 5), label: "line")
            plt.scatter(0..<3, [1.0, 2.0, 3.0], alpha: 0.5)
            plt.legend()
            plt.show()
            print("after")
            plt.hist([1.0, 2.0, 2.0, 3.0], bins: 3)
            """)
        // Sizes are the tight bounding box of each figure, as Jupyter's inline backend shows them.
        let parts = out[0].split(separator: "\n")
        #expect(parts.count == 3)
        #expect(parts[0].hasPrefix("<image ") && parts[1] == "after" && parts[2].hasPrefix("<image "))
    }
}
