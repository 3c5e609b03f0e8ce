import Autodiff
import Foundation
import Interpreter
import NotebookFormat
import Plotting

/// One interpreter session with the tensor runtime and `plt` bound into it: the state a notebook's cells share.
final class RuntimeSession {
    /// The interpreter that runs the cells.
    let interpreter: InterpreterSession
    private let plt: PyplotObject

    /// Creates a session whose printed text and shown charts go to `collector`; data paths are
    /// relative to `folder` (the notebook's) and cannot leave it.
    init(collector: OutputCollector, folder: URL) {
        self.interpreter = InterpreterSession()
        self.plt = PyplotObject(Pyplot(), collector: collector)
        // Random numbers need no reset here: the cells run on the interpreter's own evaluation thread,
        // whose generator (`RandomGenerator.current`) starts from seed 0, so a notebook's numbers do not
        // depend on which notebooks ran before it or beside it in the same process.
        for type in RuntimeTypes.all { interpreter.register(type: type) }
        for (name, function) in TensorFunctions.all { interpreter.register(function: name, function) }
        for (name, function) in MoreTensorFunctions.all { interpreter.register(function: name, function) }
        for (name, function) in LearningFunctions.all { interpreter.register(function: name, function) }
        for (name, function) in DataFunctions.all(folder: folder) { interpreter.register(function: name, function) }
        interpreter.register(binaryOperator: TensorOperators.binary)
        interpreter.register(prefixOperator: TensorOperators.prefix)
        interpreter.register(global: "plt", value: .native(plt))
        interpreter.register(protocol: "Layer", requirements: ["callAsFunction"])
        // The cells run on one evaluation thread, whose generator `setSeed` and the random tensors use too.
        interpreter.register(randomSource: { RandomGenerator.current.nextBits() })
        interpreter.register(property: "trainableVariables") { value, context in
            ValueVariables.value(try ValueVariables.trainableVariables(of: value, context: context))
        }
    }

    /// Shows the figures a cell left open (matplotlib's inline backend does the same at cell end).
    /// - Returns: The error when a figure cannot be drawn.
    func showOpenFigures() -> CellError? {
        do {
            try plt.showFigures()
            return nil
        } catch {
            return CellError(kind: .runtime, message: error.description)
        }
    }
}
