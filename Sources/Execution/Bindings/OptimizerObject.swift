import Autodiff
import Interpreter
import Learning

/// An optimizer as the interpreter sees it: `apply(gradients, to: variables)`, `learningRate` (settable), `iterations`.
final class OptimizerObject: NativeObject {
    /// The wrapped optimizer (its state lives there, per variable).
    let optimizer: Optimizer
    let typeName: String

    /// Wraps an optimizer created as `name(...)`.
    init(_ optimizer: Optimizer, name: String) {
        self.optimizer = optimizer
        self.typeName = name
    }

    var description: String { "\(typeName)(learningRate: \(optimizer.learningRate))" }

    func property(_ name: String, context: NativeContext) throws -> Value {
        switch name {
        case "learningRate": return .double(optimizer.learningRate)
        case "iterations": return .int(optimizer.iterations)
        default: throw NativeError("value of type '\(typeName)' has no member '\(name)'")
        }
    }

    /// `optimizer.learningRate = 0.01` (Keras's settable learning rate); the next `apply` uses it.
    func setProperty(_ name: String, _ value: Value, context: NativeContext) throws {
        guard name == "learningRate" else {
            _ = try property(name, context: context)
            throw NativeError("cannot assign to property: '\(name)' is a get-only property")
        }
        let rate = try ValueConversion.double(value, typeName, "learningRate")
        guard rate.isFinite, rate >= 0 else {
            throw NativeError("\(typeName): learningRate must be a finite number at least 0, got \(rate)")
        }
        optimizer.learningRate = rate
    }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        guard name == "apply" else { throw NativeError("value of type '\(typeName)' has no member '\(name)'") }
        let args = try Arguments(arguments, function: "apply", labels: ["to"])
        try args.expectPositional(1...1)
        guard case .array(let gradientValues) = try args.value(at: 0) else {
            throw NativeError("apply: the gradients must be an array of Tensor?")
        }
        var gradients: [Tensor?] = []
        for g in gradientValues {
            switch g {
            case .none: gradients.append(nil)
            case .some(let wrapped): gradients.append(try ValueConversion.tensor(wrapped, "apply"))
            default: gradients.append(try ValueConversion.tensor(g, "apply"))
            }
        }
        guard case .array(let variableValues) = try ShapingFunctions.required(args, "to") else {
            throw NativeError("apply: the variables must be an array of Variable")
        }
        var variables: [Variable] = []
        for v in variableValues {
            guard case .native(let object as VariableObject) = v else {
                throw NativeError("apply: expected a Variable, not '\(v.typeName)'")
            }
            variables.append(object.variable)
        }
        try LearningFunctions.wrap { try optimizer.apply(gradients, to: variables) }
        return .void
    }
}
