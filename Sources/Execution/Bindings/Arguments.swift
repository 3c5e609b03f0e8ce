import Interpreter

/// The arguments of one call into the runtime, with lookups that raise Swift-like errors naming the call.
///
/// It keeps the interpreter's argument list as it is and finds arguments by scanning it: calls
/// have a handful of arguments, and a tensor operation in a training loop should not build new
/// arrays and dictionaries just to read them.
struct Arguments {
    /// The name shown in errors (`matmul`, `Tensor.zeros`, `plt.plot`).
    let function: String
    private let arguments: [NativeArgument]
    /// How many unlabelled arguments the call has.
    let positionalCount: Int

    /// Checks `arguments`' labels against the ones the call takes (each at most once).
    init(_ arguments: [NativeArgument], function: String, labels allowed: [String] = []) throws(NativeError) {
        self.function = function
        self.arguments = arguments
        var positionalCount = 0
        for (index, argument) in arguments.enumerated() {
            guard let label = argument.label else {
                positionalCount += 1
                continue
            }
            guard allowed.contains(label), !arguments[..<index].contains(where: { $0.label == label }) else {
                throw NativeError("\(function): extra argument '\(label)' in call")
            }
        }
        self.positionalCount = positionalCount
    }

    /// Fails unless the call has between `range.lowerBound` and `range.upperBound` unlabelled arguments.
    func expectPositional(_ range: ClosedRange<Int>) throws(NativeError) {
        guard range.contains(positionalCount) else {
            let wanted = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw NativeError("\(function): expected \(wanted) arguments, got \(positionalCount)")
        }
    }

    /// The unlabelled argument at `index`.
    func value(at index: Int) throws(NativeError) -> Value {
        guard let value = optionalValue(at: index) else {
            throw NativeError("\(function): missing argument #\(index + 1) in call")
        }
        return value
    }

    /// The unlabelled argument at `index`, or nil when the call has fewer.
    func optionalValue(at index: Int) -> Value? {
        guard index >= 0, index < positionalCount else { return nil }
        // Without labels (the usual case) the argument list is the positional list.
        if positionalCount == arguments.count { return arguments[index].value }
        var remaining = index
        for argument in arguments where argument.label == nil {
            if remaining == 0 { return argument.value }
            remaining -= 1
        }
        return nil
    }

    /// The argument labelled `label`, or nil.
    func value(_ label: String) -> Value? {
        arguments.first(where: { $0.label == label })?.value
    }
}
