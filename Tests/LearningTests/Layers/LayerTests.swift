import Autodiff
import Learning
import Testing

/// `Dense`, `Sequential`, `sequenced(through:)` and `trainableVariables`.
@Suite struct LayerTests {
    @Test func denseDrawsGlorotUniformWeightsFromTheSeed() throws {
        setSeed(5)
        let a = try Dense(inputSize: 4, outputSize: 8, activation: relu)
        setSeed(5)
        let b = try Dense(inputSize: 4, outputSize: 8)
        #expect(a.weight.value.doubles == b.weight.value.doubles)
        #expect(a.weight.shape == [4, 8] && a.bias.shape == [8])
        #expect(a.bias.value.doubles == [Double](repeating: 0, count: 8))
        let limit = (6.0 / 12.0).squareRoot()
        #expect(a.weight.value.doubles.allSatisfy { $0 >= -limit && $0 < limit })
        // Spread over the whole interval, not clustered at zero.
        #expect(try reduceMax(try abs(a.weight.value)).scalarValue() > limit / 2)
    }

    @Test func denseAppliesTheAffineMapThenTheActivation() throws {
        let layer = try Dense(weight: try Tensor(nested: [[1.0, -1.0], [2.0, 0.5]]), bias: try Tensor(nested: [0.5, -3.0]), activation: relu)
        let y = try layer(try Tensor(nested: [[1.0, 1.0], [2.0, -1.0]]))
        #expect(y.doubles == [3.5, 0, 0.5, 0])
        #expect(throws: TensorError("Dense: weight of shape [2] does not fit bias of shape [2]")) {
            try Dense(weight: try Tensor(nested: [1.0, 2.0]), bias: try Tensor(nested: [1.0, 2.0]))
        }
    }

    @Test func sequentialAndSequencedAgree() throws {
        setSeed(1)
        let l1 = try Dense(inputSize: 3, outputSize: 4, activation: tanh)
        let l2 = try Dense(inputSize: 4, outputSize: 2)
        let x = try Tensor.randomNormal([5, 3])
        let model = Sequential([l1, l2])
        #expect(try model(x).doubles == x.sequenced(through: l1, l2).doubles)
        #expect(try model(x).doubles == l2(try l1(x)).doubles)
    }

    struct Block {
        let first: Dense
        let extra: Variable?
        let frozen: Variable
        let heads: [Dense]
        let shared: Dense
        let again: Dense
    }

    final class Holder {
        var block: Block?
        var me: Holder?
        init(block: Block) { self.block = block }
    }

    @Test func trainableVariablesFollowDeclarationOrderOnce() throws {
        let first = try Dense(inputSize: 2, outputSize: 2)
        let head = try Dense(inputSize: 2, outputSize: 1)
        let shared = try Dense(inputSize: 2, outputSize: 3)
        let extra = try Variable([1.0])
        let block = Block(first: first, extra: extra, frozen: Variable(Tensor(1), trainable: false),
                          heads: [head], shared: shared, again: shared)
        let holder = Holder(block: block)
        holder.me = holder
        let expected = [first.weight, first.bias, extra, head.weight, head.bias, shared.weight, shared.bias]
        let found = trainableVariables(in: holder)
        #expect(found.map(ObjectIdentifier.init) == expected.map(ObjectIdentifier.init))
        #expect(Sequential([first, head]).trainableVariables.count == 4)
        #expect(trainableVariables(in: [first] as [Dense?]).count == 2)
    }
}
