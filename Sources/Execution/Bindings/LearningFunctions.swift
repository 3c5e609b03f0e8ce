import Autodiff
import Interpreter
import Learning

/// The global functions of DSL.md §9: the activations beyond §3's, the losses and `customGradient`.
enum LearningFunctions {
    /// Every function by name.
    static var all: [String: NativeFunction] {
        var functions: [String: NativeFunction] = [
            "leakyRelu": { arguments, _ in
                let args = try Arguments(arguments, function: "leakyRelu", labels: ["alpha"])
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), "leakyRelu")
                let alpha = try args.value("alpha").map { v throws(NativeError) in try ValueConversion.double(v, "leakyRelu", "alpha") } ?? 0.2
                return try result { try Activations.leakyRelu(x, alpha: alpha) }
            },
            "logSoftmax": { arguments, _ in
                let args = try Arguments(arguments, function: "logSoftmax", labels: ["axis"])
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), "logSoftmax")
                let axis = try ShapingFunctions.optionalInt(args, "axis") ?? -1
                return try result { try Activations.logSoftmax(x, axis: axis) }
            },
            "meanSquaredError": { arguments, _ in
                let (p, e) = try pair("meanSquaredError", arguments, "predicted", "expected")
                return try result { try Losses.meanSquaredError(predicted: p, expected: e) }
            },
            "meanAbsoluteError": { arguments, _ in
                let (p, e) = try pair("meanAbsoluteError", arguments, "predicted", "expected")
                return try result { try Losses.meanAbsoluteError(predicted: p, expected: e) }
            },
            "sigmoidCrossEntropy": { arguments, _ in
                let (logits, labels) = try pair("sigmoidCrossEntropy", arguments, "logits", "labels")
                return try result { try Losses.sigmoidCrossEntropy(logits: logits, labels: labels) }
            },
            "softmaxCrossEntropy": { arguments, _ in try softmaxCrossEntropy(arguments) },
            "trainableVariables": { arguments, context in
                let args = try Arguments(arguments, function: "trainableVariables")
                try args.expectPositional(1...1)
                return ValueVariables.value(try ValueVariables.trainableVariables(of: try args.value(at: 0), context: context))
            },
            "customGradient": { arguments, context in
                let args = try Arguments(arguments, function: "customGradient")
                try args.expectPositional(1...1)
                return .native(CustomGradientObject(body: try args.value(at: 0), context: context))
            },
        ]
        for (name, activation) in activations {
            functions[name] = { arguments, _ in
                let args = try Arguments(arguments, function: name)
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), name)
                return try result { try activation(x) }
            }
        }
        return functions
    }

    private static var activations: [String: Activation] {
        ["elu": Activations.elu, "gelu": Activations.gelu, "softplus": Activations.softplus]
    }

    /// A tensor result; errors from the runtime become the interpreter's, named by the call.
    static func result(_ body: () throws -> Tensor) throws -> Value {
        ValueConversion.value(try wrap(body))
    }

    /// Runs a runtime operation, turning a `TensorError` into the interpreter's `NativeError`;
    /// other errors (from the author's closures) pass unchanged, keeping their location.
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as TensorError {
            throw NativeError(error.message)
        }
    }

    private static func pair(_ function: String, _ arguments: [NativeArgument], _ first: String, _ second: String)
        throws(NativeError) -> (Tensor, Tensor)
    {
        let args = try Arguments(arguments, function: function, labels: [first, second])
        try args.expectPositional(0...0)
        let a = try ValueConversion.tensor(try ShapingFunctions.required(args, first), function)
        let b = try ValueConversion.tensor(try ShapingFunctions.required(args, second), function, dtype: a.dtype)
        return (a, b)
    }

    private static func softmaxCrossEntropy(_ arguments: [NativeArgument]) throws -> Value {
        let function = "softmaxCrossEntropy"
        let args = try Arguments(arguments, function: function, labels: ["logits", "labels", "probabilities"])
        try args.expectPositional(0...0)
        let logits = try ValueConversion.tensor(try ShapingFunctions.required(args, "logits"), function)
        if let probabilities = args.value("probabilities") {
            guard args.value("labels") == nil else { throw NativeError("\(function): pass labels: or probabilities:, not both") }
            let p = try ValueConversion.tensor(probabilities, function, dtype: logits.dtype)
            return try result { try Losses.softmaxCrossEntropy(logits: logits, probabilities: p) }
        }
        let labels = try ValueConversion.tensor(try ShapingFunctions.required(args, "labels"), function, dtype: .int32)
        return try result { try Losses.softmaxCrossEntropy(logits: logits, labels: labels) }
    }
}
