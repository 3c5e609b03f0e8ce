import Interpreter

/// The arguments of one call into the runtime, with lookups that raise Swift-like errors naming the call.
struct Arguments {
    /// The name shown in errors (`matmul`, `Tensor.zeros`, `plt.plot`).
    let function: String
    private let positional: [Value]
    private let labeled: [String: Value]

    /// Splits `arguments` into positional and labelled ones and rejects labels the call does not take.
    init(_ arguments: [NativeArgument], function: String, labels allowed: Set<String> = []) throws(NativeError) {
        self.function = function
        var positional: [Value] = []
        var labeled: [String: Value] = [:]
        for argument in arguments {
            guard let label = argument.label else {
                positional.append(argument.value)
                continue
            }
            guard allowed.contains(label), labeled[label] == nil else {
                throw NativeError("\(function): extra argument '\(label)' in call")
            }
            labeled[label] = argument.value
        }
        self.positional = positional
        self.labeled = labeled
    }

    /// How many unlabelled arguments the call has.
    var positionalCount: Int { positional.count }

    /// Fails unless the call has between `range.lowerBound` and `range.upperBound` unlabelled arguments.
    func expectPositional(_ range: ClosedRange<Int>) throws(NativeError) {
        guard range.contains(positional.count) else {
            let wanted = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw NativeError("\(function): expected \(wanted) arguments, got \(positional.count)")
        }
    }

    /// The unlabelled argument at `index`.
    func value(at index: Int) throws(NativeError) -> Value {
        guard positional.indices.contains(index) else {
            throw NativeError("\(function): missing argument #\(index + 1) in call")
        }
        return positional[index]
    }

    /// The unlabelled argument at `index`, or nil when the call has fewer.
    func optionalValue(at index: Int) -> Value? {
        positional.indices.contains(index) ? positional[index] : nil
    }

    /// The argument labelled `label`, or nil.
    func value(_ label: String) -> Value? {
        labeled[label]
    }
}
