import Foundation
import Testing
@testable import Execution

/// DSL.md §9's author models: `struct Model: Layer` trained through real cells (interpreter,
/// bindings, tape, optimizer) against Keras 3's values for the same weights and data.
@Suite struct AuthorLayerTests {
    /// Keras's answers (`scripts/tensorflow-parity.py`), shared with the Learning tests.
    private struct Keras: Decodable {
        struct Entry: Decodable {
            let shape: [Int]?
            let values: [Double]?
        }
        let cases: [String: [String: Entry]]

        static func load() throws -> Keras {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("LearningTests/Parity/keras.json")
            return try JSONDecoder().decode(Keras.self, from: Data(contentsOf: url))
        }

        func values(_ caseName: String, _ name: String) throws -> [Double] {
            try #require(cases[caseName]?[name]?.values, "no Keras value \(caseName).\(name)")
        }

        /// `Tensor(shape:scalars:)` source for a value of the shared training data.
        func tensorSource(_ name: String, dtype: String = ".float32") throws -> String {
            let entry = try #require(cases["learning_data"]?[name])
            let scalars = try #require(entry.values).map { "\($0)" }.joined(separator: ", ")
            return "Tensor(shape: \(try #require(entry.shape)), scalars: [\(scalars)], dtype: \(dtype))"
        }
    }

    /// The data and initial weights of Keras's 4-5-3 tanh MLP, as a cell.
    private func dataCell(_ keras: Keras) throws -> String {
        """
        let x = \(try keras.tensorSource("x"))
        let y = \(try keras.tensorSource("y", dtype: ".int32"))
        let w1 = \(try keras.tensorSource("w1"))
        let b1 = \(try keras.tensorSource("b1"))
        let w2 = \(try keras.tensorSource("w2"))
        let b2 = \(try keras.tensorSource("b2"))
        """
    }

    /// The numbers in a printed line such as `[1.0, 2.5]`.
    private func numbers(_ line: Substring) -> [Double] {
        line.split(whereSeparator: { "[], ".contains($0) }).compactMap { Double($0) }
    }

    /// Compares printed lines (losses per step, then weights) with Keras's values.
    private func expectKeras(_ output: String, _ keras: Keras, optimizer: String, _ weights: [String]) throws {
        let lines = output.split(separator: "\n")
        try #require(lines.count == 1 + weights.count, "output: \(output)")
        let expected = try keras.values("learning_optimizers", optimizer + "_losses")
        let losses = numbers(lines[0])
        #expect(losses.count == 100)
        for (step, (ours, theirs)) in zip(losses, expected).enumerated() {
            let tolerance = step < 10 ? 1e-4 : 1e-3
            #expect(abs(ours - theirs) <= tolerance * abs(theirs), "\(optimizer) step \(step): ours \(ours), Keras \(theirs)")
        }
        for (line, label) in zip(lines.dropFirst(), weights) {
            let theirs = try keras.values("learning_optimizers", optimizer + "_" + label)
            let ours = numbers(line)
            #expect(ours.count == theirs.count, "\(label): \(line)")
            for (i, (a, b)) in zip(ours, theirs).enumerated() {
                #expect(abs(a - b) <= 1e-5 + 1e-3 * abs(b), "\(optimizer) \(label)[\(i)]: ours \(a), Keras \(b)")
            }
        }
    }

    @Test func aTwoLayerAuthorModelTrainsLikeKeras() throws {
        let keras = try Keras.load()
        let out = NotebookCells.texts([try dataCell(keras), """
            struct Model: Layer {
                var l1: Dense
                var l2: Dense
                func callAsFunction(_ x: Tensor) -> Tensor {
                    l2(l1(x))
                }
            }
            let model = Model(l1: Dense(weight: w1, bias: b1, activation: tanh), l2: Dense(weight: w2, bias: b2))
            let optimizer = Adam(learningRate: 0.01)
            var losses: [Float] = []
            for _ in 0..<100 {
                let tape = GradientTape()
                let loss = tape.record { softmaxCrossEntropy(logits: model(x), labels: y) }
                let gradients = tape.gradient(loss, model.trainableVariables)
                optimizer.apply(gradients, to: model.trainableVariables)
                losses.append(loss.scalar)
            }
            print(losses)
            print(model.l1.weight.scalars)
            print(model.l1.bias.scalars)
            print(model.l2.weight.scalars)
            print(model.l2.bias.scalars)
            """])
        #expect(out[0] == "")
        try expectKeras(out[1], keras, optimizer: "adam", ["w1", "b1", "w2", "b2"])
    }

    @Test func authorLayersRunInsideSequentialAndSequenced() throws {
        let keras = try Keras.load()
        let out = NotebookCells.texts([try dataCell(keras), """
            struct Hidden: Layer {
                let dense: Dense
                func callAsFunction(_ input: Tensor) -> Tensor { tanh(self.dense.callAsFunction(input)) }
            }
            let hidden = Hidden(dense: Dense(weight: w1, bias: b1))
            let output = Dense(weight: w2, bias: b2)
            let model = Sequential([hidden, output])
            let optimizer = SGD(learningRate: 0.05, momentum: 0.9)
            var losses: [Float] = []
            for step in 0..<100 {
                let tape = GradientTape()
                let logits = tape.record { step % 2 == 0 ? model(x) : x.sequenced(through: hidden, output) }
                let loss = tape.record { softmaxCrossEntropy(logits: logits, labels: y) }
                optimizer.apply(tape.gradient(loss, model.trainableVariables), to: model.trainableVariables)
                losses.append(loss.scalar)
            }
            print(losses)
            print(hidden.dense.weight.scalars)
            print(output.bias.scalars)
            """])
        #expect(out[0] == "")
        try expectKeras(out[1], keras, optimizer: "sgd_momentum", ["w1", "b2"])
    }

    @Test func layerIsATypeForAnyLayer() {
        let out = NotebookCells.texts(["""
            struct Doubled: Layer {
                func callAsFunction(_ x: Tensor) -> Tensor { 2 * x }
            }
            let d = Dense(weight: Tensor([[1.0, 1.0]]), bias: Tensor([0.0, 1.0]))
            let layers: [Layer] = [Doubled(), d, Doubled()]
            let more: [any Layer] = [d]
            func run(_ layer: Layer, _ x: Tensor) -> Tensor { layer(x) }
            func twice<L: Layer>(_ layer: L, _ x: Tensor) -> Tensor { layer(layer(x)) }
            var x = Tensor([[1.0]])
            for layer in layers { x = layer(x) }
            print(x.scalars, run(Doubled(), Tensor(3.0)).scalar, Sequential(layers)(Tensor([[1.0]])).scalars, more.count)
            let affine = Dense(weight: Tensor([[2.0]]), bias: Tensor([1.0]))
            print(twice(Doubled(), Tensor(3.0)).scalar, twice(affine, Tensor([[1.0]])).scalars)
            """, "let bad: [Layer] = [1.0]\nprint(Sequential(bad))"])
        #expect(out == ["[4.0, 6.0] 6.0 [4.0, 6.0] 1\n12.0 [7.0]\n", "error: Sequential: expected a layer, not 'Double'\n"])
    }

    @Test func aProtocolMayRefineLayer() {
        let out = NotebookCells.texts(["""
            protocol Model: Layer { var name: String { get } }
            protocol Named: Model {}
            struct Scale: Named {
                var k: Tensor
                var name: String { "scale" }
                func callAsFunction(_ x: Tensor) -> Tensor { k * x }
            }
            let models: [Model] = [Scale(k: Tensor(2.0))]
            print(models[0].name, models[0](Tensor(3.0)).scalar, Sequential([Scale(k: Tensor(3.0))])(Tensor(1.0)).scalar)
            """, "struct Bad: Model { var name: String { \"bad\" } }"])
        #expect(out == ["scale 6.0 3.0\n",
                        "error: type 'Bad' does not conform to protocol 'Layer' (it needs 'func callAsFunction')\n"])
    }

    @Test func classModelsAndProtocolValuesListTheirVariables() {
        let out = NotebookCells.texts(["""
            protocol Model: Layer {}
            final class Net: Model {
                var first = Dense(weight: Tensor([[1.0, 0.0], [0.0, 1.0]]), bias: Tensor([0.0, 0.0]))
                var second = Dense(weight: Tensor([[1.0], [1.0]]), bias: Tensor([0.5]))
                func callAsFunction(_ x: Tensor) -> Tensor { second(relu(first(x))) }
            }
            let net = Net()
            let model: Model = net
            print(net.trainableVariables.count, model.trainableVariables.count, net(Tensor([[1.0, 2.0]])).scalars)
            """])
        #expect(out == ["4 4 [3.5]\n"])
    }

    @Test func trainableVariablesWalkStoredPropertiesInOrderOnce() {
        let out = NotebookCells.texts(["""
            let a = Variable(1.0, name: "a")
            let b = Variable(2.0, name: "b")
            let frozen = Variable(3.0, name: "frozen", trainable: false)
            let d = Dense(weight: Variable(Tensor([[1.0]]), name: "w"), bias: Variable(Tensor([0.0]), name: "bias"))
            struct Inner { var v: Variable; var rate = 0.5 }
            struct Outer {
                var first: Inner
                var maybe: Variable?
                var none: Variable?
                var list: [Variable]
                var table: [String: Variable]
                var layer: Dense
                var again: Inner
                var pair: (Variable, Int)
            }
            let o = Outer(first: Inner(v: b), maybe: a, none: nil, list: [frozen, b, a], table: ["z": frozen, "k": d.bias],
                          layer: d, again: Inner(v: a), pair: (d.weight, 1))
            print(o.trainableVariables.map { $0.name })
            print(trainableVariables([o, o]).count, Inner(v: a).trainableVariables.count)
            struct Custom { var hidden: Variable; var trainableVariables: [Variable] { [] } }
            struct Holder { var custom: Custom; var own: Variable }
            print(Holder(custom: Custom(hidden: a), own: b).trainableVariables.map { $0.name })
            """])
        #expect(out == ["""
            ["b", "a", "bias", "w"]
            4 1
            ["b"]

            """])
    }

    @Test func nativeLayersAreCallableAndLearningRateIsSettable() {
        let out = NotebookCells.texts(["""
            let d = Dense(weight: Tensor([[2.0], [1.0]]), bias: Tensor([0.5]))
            let e = Dense(weight: Tensor([[1.0, 0.0], [0.0, 1.0]]), bias: Tensor([0.0, 0.0]))
            print(d(Tensor([[1.0, 3.0]])).scalars, Sequential([e, d])(Tensor([[1.0, 3.0]])).scalars)
            let optimizer = SGD(learningRate: 0.5)
            let v = Variable(1.0)
            optimizer.apply([Tensor(1.0)], to: [v])
            optimizer.learningRate = 0.25
            optimizer.apply([Tensor(1.0)], to: [v])
            optimizer.learningRate *= 2
            print(v.value.scalar, optimizer.learningRate)
            """, """
            let adam = Adam()
            adam.iterations = 3
            """, """
            let s = SGD()
            s.learningRate = -1
            """, """
            struct Broken: Layer { var w: Variable }
            """])
        #expect(out == [
            "[5.5] [5.5]\n0.25 0.5\n",
            "error: cannot assign to property: 'iterations' is a get-only property\n",
            "error: SGD: learningRate must be a finite number at least 0, got -1.0\n",
            "error: type 'Broken' does not conform to protocol 'Layer' (it needs 'func callAsFunction')\n",
        ])
    }

    @Test func elementwiseComparisonsGiveBoolTensors() {
        let out = NotebookCells.texts(["""
            let t = Tensor([1.0, 2.0, 3.0])
            print((t .== 2.0).scalars, (t .!= 2.0).scalars, (t .< Tensor([3.0, 1.0, 3.0])).scalars)
            print((t .<= 2).scalars, (2.0 .> t).scalars, (t .>= t).dtype, ((t .< 2) .!= (t .< 3)).scalars)
            print(select(t .> 1.5, t, Tensor(0.0)).scalars)
            """, """
            print(1 .< 2)
            """, """
            print(Tensor([1.0, 2.0]) .< Tensor([1.0, 2.0, 3.0]))
            """])
        #expect(out == [
            """
            [false, true, false] [true, false, true] [true, false, false]
            [true, true, false] [true, false, false] bool [false, true, false]
            [0.0, 2.0, 3.0]

            """,
            "error: binary operator '.<' cannot be applied to operands of type 'Int' and 'Int'\n",
            "error: .<: incompatible shapes [2] and [3] (broadcasting needs equal dimensions or 1)\n",
        ])
    }
}
