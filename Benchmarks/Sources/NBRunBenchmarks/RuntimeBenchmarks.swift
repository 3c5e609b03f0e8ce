import Autodiff
import Execution
import NotebookFormat

/// Issue 4's measurements: the eager autodiff loop and the seed's training through the whole runtime
/// (interpreter + bindings + tape), and the raw kernels against NumPy.
enum RuntimeBenchmarks {
    static let scalarSteps = 10_000

    static let scalarLoop = """
        let x = Variable(2.0)
        for _ in 0..<\(scalarSteps) {
            let tape = GradientTape()
            let y = tape.record { x * x * x + 2 * x * x + x + 1 }
            let g = tape.gradient(y, x)!
            x.assignSub(0.001 * g)
        }
        """

    /// The seed's data, made in a cell of its own (PyTorch's peer also makes it outside the timing).
    static let trainingData = """
        setSeed(42)
        let xs = Tensor.randomUniform([100, 1], min: -1, max: 1)
        let ys = 3 * xs + 2 + 0.1 * Tensor.randomNormal([100, 1])
        """

    /// Creating the model's parameters: in the seed notebook's training cell, and in the function
    /// PyTorch's peer times.
    static let parameters = """
        let w = Variable(Tensor.randomNormal([1, 1]), name: "weight")
        let b = Variable(Tensor.zeros([1]), name: "bias")
        """

    /// The setup of the older rows, which time the loop without creating the parameters.
    static let trainingSetup = trainingData + "\n" + parameters

    static let trainingEpochs = 100

    /// The seed's training loop over `epochs` epochs.
    static func training(epochs: Int) -> String {
        """
        for epoch in 0..<\(epochs) {
            let tape = GradientTape()
            let loss = tape.record { reduceMean(square(matmul(xs, w) + b - ys)) }
            let g = tape.gradient(loss, [w, b])
            w.assignSub(0.1 * g[0]!)
            b.assignSub(0.1 * g[1]!)
        }
        """
    }

    /// The best times of the training cell with `trainingEpochs` epochs and with none, in seconds.
    ///
    /// The difference is the training's run time, as PyTorch's peer measures it (a function already
    /// compiled): the two cells differ in one digit, so parsing, lowering and the cell's own
    /// overhead cancel out. Runs alternate between the two cells, so both see the same machine.
    static func trainingTimes(runs: Int) throws -> (cell: Double, empty: Double) {
        var cell = Double.infinity
        var empty = Double.infinity
        for _ in 0..<runs {
            empty = min(empty, try lastCellSeconds([trainingSetup, training(epochs: 0)]))
            cell = min(cell, try lastCellSeconds([trainingSetup, training(epochs: trainingEpochs)]))
        }
        return (cell, empty)
    }

    /// The best time of the whole training cell as the seed notebook has it (parameters created,
    /// then `trainingEpochs` epochs), parsing and lowering included: the same work PyTorch's peer
    /// times, so the two compare directly.
    static func wholeCellTime(runs: Int) throws -> Double {
        try Stopwatch.bestValue(of: runs) {
            try lastCellSeconds([trainingData, parameters + "\n" + training(epochs: trainingEpochs)])
        }
    }

    /// Runs `cells` as a notebook and returns the seconds the last cell took.
    static func lastCellSeconds(_ cells: [String]) throws -> Double {
        let blocks = cells.enumerated().map { index, source in
            Block.code(CodeCell(source: source + "\n", options: CellOptions(), fenceLine: index * 100 + 1, endLine: index * 100 + 50))
        }
        let notebook = Notebook(path: "bench.md", title: nil, blocks: blocks)
        let executed = NotebookRunner(options: RunOptions(defaultTimeout: 600, recordTimings: true)).run(notebook)
        for cell in executed.codeCells where cell.status != .succeeded {
            throw BenchmarkError("cell at line \(cell.fenceLine) failed: \(cell.outputs)")
        }
        return executed.codeCells.last?.duration ?? .infinity
    }

    /// The runtime measurements against the peers' times in `peers`.
    static func run(runs: Int, peers: [String: Double]) throws -> [Measurement] {
        let step = try Stopwatch.bestValue(of: runs) { try lastCellSeconds([scalarLoop]) } / Double(scalarSteps)
        let train = try trainingTimes(runs: runs)
        let wholeCell = try wholeCellTime(runs: runs)
        let a = try Tensor.randomNormal([1024, 1024])
        let b = try Tensor.randomNormal([1024, 1024])
        let x = try Tensor.randomNormal([1_000_000])
        let y = try Tensor.randomNormal([1_000_000])
        let matmulTime = try Stopwatch.best(of: runs) { _ = try matmul(a, b) }
        let addTime = try Stopwatch.best(of: runs * 4) { _ = try x + y }
        let expTime = try Stopwatch.best(of: runs * 4) { _ = try exp(x) }
        return [
            Measurement(name: "eager scalar step (tape + gradient + assignSub)", nbrun: step,
                        peer: "PyTorch eager", peerTime: peers["torch_scalar_step"], goal: .speedup(3)),
            Measurement(name: "seed linear regression, \(trainingEpochs) epochs: run time", nbrun: train.cell - train.empty,
                        peer: "PyTorch eager", peerTime: peers["torch_linear_regression"], goal: .under(0.002)),
            Measurement(name: "the same, whole cell (parsing and lowering included)", nbrun: train.cell,
                        peer: "PyTorch eager", peerTime: peers["torch_linear_regression"], goal: .none),
            Measurement(name: "seed linear regression, \(trainingEpochs) epochs: whole cell creating w and b, like the peer",
                        nbrun: wholeCell, peer: "PyTorch eager", peerTime: peers["torch_linear_regression"], goal: .speedup(3)),
            Measurement(name: "float32 matmul 1024x1024", nbrun: matmulTime,
                        peer: "NumPy", peerTime: peers["matmul1024"], goal: .speedup(0.8)),
            Measurement(name: "element-wise add, 1M float32", nbrun: addTime,
                        peer: "NumPy", peerTime: peers["elementwise_add_1m"], goal: .speedup(0.5)),
            Measurement(name: "element-wise exp, 1M float32", nbrun: expTime,
                        peer: "NumPy", peerTime: peers["elementwise_exp_1m"], goal: .speedup(0.5)),
        ]
    }
}
