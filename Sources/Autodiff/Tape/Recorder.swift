/// The identity of a tensor value (or of a variable) as seen by tapes; compared by object identity.
final class TensorIdentity: Sendable {}

/// A vector-Jacobian product: the gradients of a primitive's inputs from the gradient of its output.
///
/// `needed[i]` says whether input `i` leads to a requested source, so a rule can skip work
/// (and avoid e.g. `log` of negative bases in `pow`). Rules are written with differentiable
/// tensor operations, so an outer recording tape records them too (higher-order derivatives).
typealias BackwardFunction = (_ upstream: Tensor, _ needed: [Bool]) throws(TensorError) -> [Tensor?]

/// One primitive application recorded on a tape.
struct RecordedOperation {
    /// The tape slots of the inputs and of the output (see `GradientTape.slot(of:)`).
    let inputSlots: InputSlots
    let outputSlot: Int
    let backward: BackwardFunction
}

/// The tape slots of a recorded operation's inputs, in order.
///
/// One or two slots (nearly every primitive) are stored inline, so recording an operation does
/// not allocate an array for them; more (`concat`, `addN`) go in an array.
struct InputSlots: RandomAccessCollection {
    let count: Int
    private let inline: (Int, Int)
    private let spilled: [Int]

    /// The slots `slot(0)`, `slot(1)`, … `slot(count - 1)`, asked for in that order.
    init(count: Int, _ slot: (Int) -> Int) {
        self.count = count
        if count <= 2 {
            let first = count > 0 ? slot(0) : -1
            inline = (first, count > 1 ? slot(1) : -1)
            spilled = []
        } else {
            inline = (-1, -1)
            spilled = (0..<count).map(slot)
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Int {
        if count > 2 { return spilled[position] }
        return position == 0 ? inline.0 : inline.1
    }
}

/// The tapes currently recording in this task or thread (innermost last).
///
/// A task-local value: outside Swift concurrency it is bound per thread, so concurrent
/// interpreters on different threads never see each other's tapes.
enum TapeContext {
    @TaskLocal static var active: [GradientTape] = []

    /// Runs `body` with no tape recording (used for variable updates, which are not differentiable).
    static func withoutRecording<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        let result: Result<T, E> = $active.withValue([]) {
            do throws(E) { return .success(try body()) } catch { return .failure(error) }
        }
        return try result.get()
    }
}

/// The single entry point through which every primitive registers itself with the active tapes.
///
/// The inputs and the backward rule are autoclosures: most operations run with no tape recording
/// them (plain eager code, backward rules, variable updates), and those then build neither the
/// input list nor the rule's closure (two allocations per operation).
enum Recorder {
    /// Records `output = primitive(inputs)` on every active tape that tracks one of `inputs`.
    ///
    /// Integer and boolean outputs are never recorded: like TensorFlow, gradients do not flow
    /// through them, so a source reached only through a cast to int gets `nil`.
    static func record(
        _ output: Tensor, inputs: @autoclosure () -> [TensorIdentity], backward: @autoclosure () -> BackwardFunction
    ) {
        guard output.dtype.isFloatingPoint else { return }
        let tapes = TapeContext.active
        guard tapes.contains(where: { !$0.isPaused }) else { return }
        let identities = inputs()
        record(output, inputCount: identities.count, input: { identities[$0] }, on: tapes, backward: backward)
    }

    /// Records a primitive over tensor inputs; returns `output` for chaining.
    static func record(
        _ output: Tensor, inputs: @autoclosure () -> [Tensor], backward: @autoclosure () -> BackwardFunction
    ) -> Tensor {
        guard output.dtype.isFloatingPoint else { return output }
        let tapes = TapeContext.active
        guard tapes.contains(where: { !$0.isPaused }) else { return output }
        let tensors = inputs()
        record(output, inputCount: tensors.count, input: { tensors[$0].identity }, on: tapes, backward: backward)
        return output
    }

    private static func record(
        _ output: Tensor, inputCount: Int, input: (Int) -> TensorIdentity, on tapes: [GradientTape],
        backward: () -> BackwardFunction
    ) {
        for tape in tapes where !tape.isPaused {
            tape.recordIfFollowed(inputCount: inputCount, input: input, output: output.identity, backward: backward)
        }
    }
}
