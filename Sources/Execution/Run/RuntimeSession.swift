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
        // Each notebook starts from the generator's documented initial state, so its random numbers do
        // not depend on which notebooks ran before it in the same process.
        setSeed(0)
        for type in RuntimeTypes.all { interpreter.register(type: type) }
        for (name, function) in TensorFunctions.all { interpreter.register(function: name, function) }
        for (name, function) in MoreTensorFunctions.all { interpreter.register(function: name, function) }
        for (name, function) in LearningFunctions.all { interpreter.register(function: name, function) }
        for (name, function) in DataFunctions.all(folder: folder) { interpreter.register(function: name, function) }
        interpreter.register(binaryOperator: TensorOperators.binary)
        interpreter.register(prefixOperator: TensorOperators.prefix)
        interpreter.register(global: "plt", value: .native(plt))
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
