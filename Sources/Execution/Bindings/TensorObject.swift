import Autodiff
import Interpreter

/// A `Tensor` as the interpreter sees it: properties, methods and subscripts of DSL.md §3.
final class TensorObject: NativeObject {
    /// The wrapped tensor (its tape identity travels with it, so `watch(t)` and later uses of `t` connect).
    let tensor: Tensor

    /// Wraps a tensor.
    init(_ tensor: Tensor) {
        self.tensor = tensor
    }

    var typeName: String { "Tensor" }

    var description: String { tensor.description }

    func property(_ name: String, context: NativeContext) throws -> Value {
        try Self.property(name, of: tensor, typeName: typeName)
    }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        if name == "sequenced" { return try LayerObject.sequenced(tensor, arguments, context: context) }
        return try Self.method(name, arguments, on: tensor, typeName: typeName)
    }

    func subscriptGet(_ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        try Self.element(arguments, of: tensor)
    }

    /// `shape`, `rank`, `dtype`, `scalar`, `scalars`, `scalarCount` of `tensor` (shared with `Variable`).
    static func property(_ name: String, of tensor: Tensor, typeName: String) throws(NativeError) -> Value {
        switch name {
        case "shape": return .array(tensor.shape.map(Value.int))
        case "rank": return .int(tensor.rank)
        case "scalarCount": return .int(tensor.scalarCount)
        case "dtype": return .implicitMember(tensor.dtype.rawValue)
        case "scalar":
            guard tensor.scalarCount == 1 else {
                throw NativeError("scalar: the tensor has \(tensor.scalarCount) elements (shape \(tensor.shape)), not 1")
            }
            return scalars(of: tensor)[0]
        case "scalars": return .array(scalars(of: tensor))
        default: throw NativeError("value of type '\(typeName)' has no member '\(name)'")
        }
    }

    /// `reshaped`, `transposed`, `sum`, `mean` on `tensor` (shared with `Variable`).
    static func method(_ name: String, _ arguments: [NativeArgument], on tensor: Tensor,
                       typeName: String) throws(NativeError) -> Value {
        switch name {
        case "reshaped":
            let args = try Arguments(arguments, function: "reshaped")
            try args.expectPositional(1...1)
            let shape = try ValueConversion.shape(args.value(at: 0), "reshaped")
            return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try tensor.reshaped(shape) })
        case "transposed":
            try Arguments(arguments, function: "transposed").expectPositional(0...0)
            return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try tensor.transposed() })
        case "sum", "mean":
            let args = try Arguments(arguments, function: name, labels: ["axis", "keepDims"])
            try args.expectPositional(0...0)
            let axis = try args.value("axis").map { v throws(NativeError) in try ValueConversion.int(v, name, "axis") }
            let keep = try args.value("keepDims").map { v throws(NativeError) in try ValueConversion.bool(v, name, "keepDims") } ?? false
            let result = try ValueConversion.wrap { () throws(TensorError) in
                name == "sum" ? try tensor.sum(axis: axis, keepDims: keep) : try tensor.mean(axis: axis, keepDims: keep)
            }
            return ValueConversion.value(result)
        default:
            if let value = try TensorMethods.method(name, arguments, on: tensor) { return value }
            throw NativeError("value of type '\(typeName)' has no member '\(name)'")
        }
    }

    /// `t[i]` and `t[i, j]`: the sub-tensor at those leading indices (gradients flow through).
    static func element(_ arguments: [NativeArgument], of tensor: Tensor) throws(NativeError) -> Value {
        if let rows = try TensorMethods.rows(arguments, of: tensor) { return rows }
        var indices: [Int] = []
        for argument in arguments {
            guard argument.label == nil else { throw NativeError("Tensor subscripts take no labels") }
            indices.append(try ValueConversion.int(argument.value, "subscript", "index"))
        }
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try index(tensor, indices) })
    }

    /// The elements as interpreter numbers of the dtype's Swift type: Float, Double, Int or Bool.
    private static func scalars(of tensor: Tensor) -> [Value] {
        switch tensor.dtype {
        case .float32: (tensor.floats ?? []).map(Value.float)
        case .float64: tensor.doubles.map(Value.double)
        case .int32: (tensor.int32s ?? []).map { .int(Int($0)) }
        case .bool: (tensor.bools ?? []).map(Value.bool)
        }
    }
}
