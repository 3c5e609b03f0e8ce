import Autodiff
import Interpreter

/// A `Variable` as the interpreter sees it (DSL.md §4): usable wherever a tensor is, reading its current value.
final class VariableObject: NativeObject {
    /// The wrapped variable.
    let variable: Variable

    /// Wraps a variable.
    init(_ variable: Variable) {
        self.variable = variable
    }

    var typeName: String { "Variable" }

    var description: String { variable.description }

    func property(_ name: String, context: NativeContext) throws -> Value {
        switch name {
        case "value": return ValueConversion.value(variable.value)
        case "name": return .string(variable.name)
        case "trainable": return .bool(variable.trainable)
        default: return try TensorObject.property(name, of: variable.value, typeName: typeName)
        }
    }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        switch name {
        case "assign", "assignAdd", "assignSub":
            let args = try Arguments(arguments, function: name)
            try args.expectPositional(1...1)
            let operand = try ValueConversion.tensor(args.value(at: 0), name, dtype: variable.dtype)
            try ValueConversion.wrap { () throws(TensorError) in
                switch name {
                case "assign": try variable.assign(operand)
                case "assignAdd": try variable.assignAdd(operand)
                default: try variable.assignSub(operand)
                }
            }
            return .void
        case "sequenced":
            return try LayerObject.sequenced(variable.value, arguments, context: context)
        default:
            return try TensorObject.method(name, arguments, on: variable.value, typeName: typeName)
        }
    }

    func subscriptGet(_ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        try TensorObject.element(arguments, of: variable.value)
    }
}
