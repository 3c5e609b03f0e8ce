import NotebookFormat
import Testing
@testable import Execution

/// DSL.md §9–10 as notebook cells see them: real cells through the interpreter and the bindings.
@Suite struct LearningBindingsTests {
    /// Runs `cells` as one notebook and returns each cell's printed text, or its error message.
    private func run(_ cells: String...) -> [String] {
        NotebookCells.texts(cells)
    }

    @Test func moreTensorOperations() {
        let out = run("""
            let v = Tensor([[0.5, 2.5, 2.5, -1.0], [3.0, -2.0, 3.0, 0.0]])
            print(argmax(v, axis: 1).scalars, v.argmin(axis: 1).scalars, oneHot(Tensor([2, 0], dtype: .int32), depth: 3).scalars)
            print(select(greater(v, 1.0), v, 0.0).scalars, equal(v, 2.5).dtype, `where`(less(v, 0.0), 1.0, v).scalars[3])
            print(gather(v, indices: Tensor([1, 1], dtype: .int32)).shape, stack([v, v], axis: 0).shape, unstack(v, axis: 1).count)
            print(split(v, count: 2, axis: 1)[1].scalars, squeeze(expandDims(v, axis: 0), axis: 0).shape)
            print(tile(v, multiples: [1, 2]).shape, v[0..<1].shape, reduceMin(v).scalar, reduceProd(v, axis: 0).scalars)
            print(reduceLogSumExp(Tensor([1000.0, 1000.0])).scalar > 1000.69, v.max().scalar, v.min(axis: 1).scalars)
            print(round(Tensor([0.5, 1.5])).scalars, clip(v, min: 0, max: 1).scalars)
            print(Tensor.range(0, 5).scalars, Tensor.range(0, 1, step: 0.25).dtype, Tensor.eye(2).scalars)
            let (xx, yy) = meshgrid(Tensor([1.0, 2.0, 3.0]), Tensor([4.0, 5.0]))
            print(xx.shape, yy.scalars, randomPermutation(4).scalars.sorted())
            """)
        #expect(out == ["""
            [1, 0] [3, 1] [0.0, 0.0, 1.0, 1.0, 0.0, 0.0]
            [0.0, 2.5, 2.5, 0.0, 3.0, 0.0, 3.0, 0.0] bool 1.0
            [2, 4] [2, 2, 4] 4
            [2.5, -1.0, 3.0, 0.0] [2, 4]
            [2, 8] [1, 4] -2.0 [1.5, -5.0, 7.5, -0.0]
            true 3.0 [-1.0, -2.0]
            [0.0, 2.0] [0.5, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0]
            [0, 1, 2, 3, 4] float32 [1.0, 0.0, 0.0, 1.0]
            [2, 3] [4.0, 4.0, 4.0, 5.0, 5.0, 5.0] [0, 1, 2, 3]

            """])
    }

    @Test func lossesAndActivations() {
        let out = run("""
            print(meanSquaredError(predicted: Tensor([1.0, 2.0]), expected: Tensor([1.0, 4.0])).scalar)
            print(meanAbsoluteError(predicted: Tensor([1.0, 2.0]), expected: Tensor([1.0, 4.0])).scalar)
            print(sigmoidCrossEntropy(logits: Tensor([100.0, -100.0]), labels: Tensor([1.0, 0.0])).scalar)  // log1p(e^-100), as TensorFlow
            print(softmaxCrossEntropy(logits: Tensor([[0.0, 0.0]]), probabilities: Tensor([[1.0, 0.0]])).scalar)
            print(softmaxCrossEntropy(logits: Tensor([[0.0, 0.0]]), labels: Tensor([1], dtype: .int32)).scalar)
            print(leakyRelu(Tensor([-1.0, 2.0])).scalars, logSoftmax(Tensor([0.0, 0.0])).scalars, elu(Tensor([0.0])).scalars)
            print(gelu(Tensor([0.0])).scalars, softplus(Tensor([0.0])).scalar)
            """)
        #expect(out == ["""
            2.0
            1.0
            3.8e-44
            0.6931472
            0.6931472
            [-0.2, 2.0] [-0.6931472, -0.6931472] [0.0]
            [0.0] 0.6931472

            """])
    }

    @Test func aModelTrainsWithAnOptimizer() {
        let out = run("""
            setSeed(0)
            let model = Sequential([Dense(inputSize: 2, outputSize: 8, activation: relu),
                                    Dense(inputSize: 8, outputSize: 3, activation: { x in leakyRelu(x, alpha: 0.5) })])
            print(model.trainableVariables.count, model.layers.count, trainableVariables([model, model]).count)
            print(model.layers[0].weight.shape, model.layers[1].bias.scalars)
            let x = Tensor([[1.0, 2.0], [0.5, -1.0], [-1.0, 0.0]])
            let y = Tensor([0, 2, 1], dtype: .int32)
            let optimizer = Adam(learningRate: 0.05)
            var losses: [Float] = []
            for _ in 0..<60 {
                let tape = GradientTape()
                let loss = tape.record { softmaxCrossEntropy(logits: model.callAsFunction(x), labels: y) }
                let variables = model.trainableVariables
                optimizer.apply(tape.gradient(loss, variables), to: variables)
                losses.append(loss.scalar)
            }
            print(losses[59] < losses[0] / 4, optimizer.iterations, optimizer.learningRate)
            print(x.sequenced(through: model.layers[0], model.layers[1]).scalars == model.callAsFunction(x).scalars)
            """)
        #expect(out == ["""
            4 2 4
            [2, 8] [0.0, 0.0, 0.0]
            true 60 0.05
            true

            """])
    }

    @Test func everyOptimizerStepsLikeKeras() {
        // One step from w = 1 with gradient 0.5: SGD w - lr·g; Adam's first step is lr·sign(g) (up to ε).
        let out = run("""
            let w = Variable([1.0, 1.0])
            for optimizer in [SGD(learningRate: 0.1), SGD(learningRate: 0.1, momentum: 0.9, nesterov: true),
                              RMSProp(learningRate: 0.1), Adam(learningRate: 0.1), AdamW(learningRate: 0.1, weightDecay: 0.5)] {
                w.assign(Tensor([1.0, 1.0]))
                optimizer.apply([Tensor([0.5, -0.5])], to: [w])
                print(w.value.scalars.map { String(format: "%.4f", $0) })
            }
            """)
        #expect(out == ["""
            ["0.9500", "1.0500"]
            ["0.9050", "1.0950"]
            ["0.6838", "1.3162"]
            ["0.9000", "1.1000"]
            ["0.8500", "1.0500"]

            """])
    }

    @Test func customGradientAndErrors() {
        let out = run(
            """
            let clipped = customGradient { (x: Tensor) -> (Tensor, (Tensor) -> Tensor) in
                return (x * 1.0, { g in clipByNorm(g, clipNorm: 0.5) })
            }
            let v = Variable([3.0, 4.0])
            let tape = GradientTape()
            let out = tape.record { reduceSum(clipped.callAsFunction(v) * 2.0) }
            print(tape.gradient(out, v)!.scalars)
            """,
            "SGD().apply([nil], to: [Variable(1.0)])",
            "gather(Tensor([1.0]), indices: Tensor([5], dtype: .int32))",
            "softmaxCrossEntropy(logits: Tensor([[1.0, 2.0]]), labels: Tensor([3], dtype: .int32))")
        #expect(out == [
            "[0.35355338, 0.35355338]\n",
            "error: apply: no gradients provided for any variable: [\"Variable\"]\n",
            "error: gather: index 5 is out of range 0..<1\n",
            "error: softmaxCrossEntropy: label 3 is outside 0..<2\n",
        ])
    }
}
