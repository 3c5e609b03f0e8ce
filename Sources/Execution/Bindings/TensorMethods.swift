import Autodiff
import Interpreter
import Learning

/// The tensor methods and subscripts of DSL.md §10: `t.argmax(axis:)`, `t.argmin(axis:)`,
/// `t.max()`, `t.min()`, `t.std()` and `t[a..<b]`; shared by `Tensor` and `Variable`.
enum TensorMethods {
    /// The method `name` on `tensor`, or nil when it is not one of these.
    static func method(_ name: String, _ arguments: [NativeArgument], on tensor: Tensor) throws(NativeError) -> Value? {
        switch name {
        case "argmax", "argmin":
            let args = try Arguments(arguments, function: name, labels: ["axis"])
            try args.expectPositional(0...0)
            return try arg(name, args, tensor)
        case "max", "min", "std":
            let args = try Arguments(arguments, function: name, labels: ["axis", "keepDims"])
            try args.expectPositional(0...0)
            let axes = try MoreTensorFunctions.axes(args, name)
            let keep = try args.value("keepDims").map { v throws(NativeError) in try ValueConversion.bool(v, name, "keepDims") } ?? false
            return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in
                switch name {
                case "max": try reduceMax(tensor, axes: axes ?? Array(0..<tensor.rank), keepDims: keep)
                case "min": try reduceMin(tensor, axes: axes, keepDims: keep)
                default: try reduceStd(tensor, axes: axes, keepDims: keep)
                }
            })
        default:
            return nil
        }
    }

    /// `argmax`/`argmin` along `axis:` (0 unless given).
    static func arg(_ name: String, _ args: Arguments, _ x: Tensor) throws(NativeError) -> Value {
        let axis = try ShapingFunctions.optionalInt(args, "axis") ?? 0
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in
            name == "argmax" ? try argmax(x, axis: axis) : try argmin(x, axis: axis)
        })
    }

    /// `t[a..<b]`: rows of the first axis, or nil when the subscript is not one range.
    static func rows(_ arguments: [NativeArgument], of tensor: Tensor) throws(NativeError) -> Value? {
        guard arguments.count == 1, arguments[0].label == nil, case .range(let range) = arguments[0].value else { return nil }
        guard range.upper >= range.lower else {
            throw NativeError("index: range \(range.lower)..<\(range.upper) has its upper bound below its lower bound")
        }
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in
            try Autodiff.rows(tensor, range.lower..<range.upper)
        })
    }
}
