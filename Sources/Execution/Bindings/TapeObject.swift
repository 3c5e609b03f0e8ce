import Autodiff
import Interpreter

/// A `GradientTape` as the interpreter sees it (DSL.md §5): `record`, `watch`, `gradient`, `jacobian`.
final class TapeObject: NativeObject {
    /// The wrapped tape.
    let tape: GradientTape

    /// Wraps a tape.
    init(_ tape: GradientTape) {
        self.tape = tape
    }

    var typeName: String { "GradientTape" }

    var description: String {
        "GradientTape(persistent: \(tape.persistent), watchAccessedVariables: \(tape.watchAccessedVariables))"
    }

    func property(_ name: String, context: NativeContext) throws -> Value {
        switch name {
        case "persistent": return .bool(tape.persistent)
        case "watchAccessedVariables": return .bool(tape.watchAccessedVariables)
        default: throw NativeError("value of type 'GradientTape' has no member '\(name)'")
        }
    }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        switch name {
        case "record":
            let args = try Arguments(arguments, function: "record")
            try args.expectPositional(1...1)
            let body = try args.value(at: 0)
            return try tape.record { try context.call(body) }
        case "watch":
            let args = try Arguments(arguments, function: "watch")
            try args.expectPositional(1...1)
            switch try args.value(at: 0) {
            case .native(let variable as VariableObject): tape.watch(variable.variable)
            case .native(let tensor as TensorObject): tape.watch(tensor.tensor)
            case let other: throw NativeError("watch: expected a Tensor or a Variable, not '\(other.typeName)'")
            }
            return .void
        case "gradient": return try gradient(arguments)
        case "jacobian": return try jacobian(arguments)
        default: throw NativeError("value of type 'GradientTape' has no member '\(name)'")
        }
    }

    /// `gradient(target, sources, unconnected:, outputGradients:)`: the result mirrors the sources' structure.
    private func gradient(_ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: "gradient", labels: ["unconnected", "outputGradients"])
        try args.expectPositional(2...2)
        let target = try ValueConversion.tensor(args.value(at: 0), "gradient")
        let unconnected = try unconnectedPolicy(args.value("unconnected"))
        let seed = try args.value("outputGradients").map { v throws(NativeError) in
            try ValueConversion.tensor(v, "gradient", dtype: target.dtype)
        }
        let compute = { (sources: [GradientSource]) throws(NativeError) -> [Tensor?] in
            try ValueConversion.wrap { () throws(TensorError) in
                try self.tape.gradient(target, sources, unconnected: unconnected, outputGradients: seed)
            }
        }
        switch try args.value(at: 1) {
        case .array(let elements):
            var sources: [GradientSource] = []
            sources.reserveCapacity(elements.count)
            for element in elements { sources.append(try source(element)) }
            return .array(try compute(sources).map(ValueConversion.optional))
        case .dictionary(let dictionary):
            var sources: [GradientSource] = []
            for value in dictionary.values { sources.append(try source(value)) }
            var result = OrderedDictionary()
            for (key, gradient) in zip(dictionary.keys, try compute(sources)) {
                do {
                    try result.set(ValueConversion.optional(gradient), for: key)
                } catch {
                    throw NativeError("gradient: \(error)")
                }
            }
            return .dictionary(result)
        case let single:
            return ValueConversion.optional(try compute([source(single)])[0])
        }
    }

    /// `jacobian(target, source)`: shape `target.shape + source.shape`.
    private func jacobian(_ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: "jacobian", labels: ["unconnected"])
        try args.expectPositional(2...2)
        let target = try ValueConversion.tensor(args.value(at: 0), "jacobian")
        let from = try source(args.value(at: 1))
        let unconnected = try unconnectedPolicy(args.value("unconnected"))
        return ValueConversion.optional(try ValueConversion.wrap { () throws(TensorError) in
            try self.tape.jacobian(target, from, unconnected: unconnected)
        })
    }

    private func source(_ value: Value) throws(NativeError) -> GradientSource {
        switch value {
        case .native(let variable as VariableObject): return .variable(variable.variable)
        case .native(let tensor as TensorObject): return .tensor(tensor.tensor)
        default: throw NativeError("gradient: a source must be a Tensor or a Variable, not '\(value.typeName)'")
        }
    }

    private func unconnectedPolicy(_ value: Value?) throws(NativeError) -> UnconnectedGradients {
        switch value {
        case nil, .implicitMember("none")?: return .none
        case .implicitMember("zero")?: return .zero
        default: throw NativeError("gradient: unconnected must be .none or .zero")
        }
    }
}
