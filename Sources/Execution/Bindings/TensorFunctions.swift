import Autodiff
import Interpreter

/// The runtime's global functions (DSL.md §3): element-wise maths on tensors, `matmul`, reductions,
/// shaping, `cast`, `stopGradient` and `setSeed`. Numbers keep Swift's own `sin`, `exp`, … (the
/// interpreter's built-ins answer those calls first).
enum TensorFunctions {
    /// Every function by name.
    static var all: [String: NativeFunction] {
        var functions: [String: NativeFunction] = [:]
        for (name, op) in unary { functions[name] = { arguments, _ in try applyUnary(name, arguments, op) } }
        for (name, op) in binary { functions[name] = { arguments, _ in try applyBinary(name, arguments, op) } }
        for name in ["reduceSum", "reduceMean", "reduceMax"] {
            functions[name] = { arguments, _ in try reduce(name, arguments) }
        }
        functions["transpose"] = { arguments, _ in try applyUnary("transpose", arguments) { x throws(TensorError) in try transpose(x) } }
        functions["reshape"] = { arguments, _ in try reshapeCall(arguments) }
        functions["addN"] = { arguments, _ in try addNCall(arguments) }
        functions["concat"] = { arguments, _ in try concatCall(arguments) }
        functions["softmax"] = { arguments, _ in try softmaxCall(arguments) }
        functions["cast"] = { arguments, _ in try castCall(arguments) }
        functions["setSeed"] = { arguments, _ in try setSeedCall(arguments) }
        return functions
    }

    private static var unary: [String: (Tensor) throws(TensorError) -> Tensor] { [
        "sin": { x throws(TensorError) in try sin(x) }, "cos": { x throws(TensorError) in try cos(x) },
        "tan": { x throws(TensorError) in try tan(x) }, "exp": { x throws(TensorError) in try exp(x) },
        "log": { x throws(TensorError) in try log(x) }, "sqrt": { x throws(TensorError) in try sqrt(x) },
        "square": { x throws(TensorError) in try square(x) }, "abs": { x throws(TensorError) in try abs(x) },
        "tanh": { x throws(TensorError) in try tanh(x) }, "sigmoid": { x throws(TensorError) in try sigmoid(x) },
        "relu": { x throws(TensorError) in try relu(x) }, "stopGradient": { x in stopGradient(x) },
    ] }

    private static var binary: [String: (Tensor, Tensor) throws(TensorError) -> Tensor] { [
        "pow": { a, b throws(TensorError) in try pow(a, b) },
        "matmul": { a, b throws(TensorError) in try matmul(a, b) },
        "maximum": { a, b throws(TensorError) in try maximum(a, b) },
        "minimum": { a, b throws(TensorError) in try minimum(a, b) },
    ] }

    private static func applyUnary(
        _ name: String, _ arguments: [NativeArgument], _ op: (Tensor) throws(TensorError) -> Tensor
    ) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: name)
        try args.expectPositional(1...1)
        let x = try ValueConversion.tensor(args.value(at: 0), name)
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try op(x) })
    }

    private static func applyBinary(
        _ name: String, _ arguments: [NativeArgument], _ op: (Tensor, Tensor) throws(TensorError) -> Tensor
    ) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: name)
        try args.expectPositional(2...2)
        let (a, b) = try TensorOperators.operands(args.value(at: 0), args.value(at: 1), name)
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try op(a, b) })
    }

    private static func reduce(_ name: String, _ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: name, labels: ["axis", "keepDims"])
        try args.expectPositional(1...1)
        let x = try ValueConversion.tensor(args.value(at: 0), name)
        let keep = try args.value("keepDims").map { v throws(NativeError) in try ValueConversion.bool(v, name, "keepDims") } ?? false
        var axes: [Int]?
        switch args.value("axis") {
        case nil: axes = nil
        case .array?: axes = try ValueConversion.shape(args.value("axis") ?? .void, name)
        case let single?: axes = [try ValueConversion.int(single, name, "axis")]
        }
        let result = try ValueConversion.wrap { () throws(TensorError) -> Tensor in
            let all = axes ?? Array(0..<x.rank)
            switch name {
            case "reduceSum": return try reduceSum(x, axes: all, keepDims: keep)
            case "reduceMean": return try reduceMean(x, axes: all, keepDims: keep)
            default: return try reduceMax(x, axes: all, keepDims: keep)
            }
        }
        return ValueConversion.value(result)
    }

    private static func reshapeCall(_ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: "reshape")
        try args.expectPositional(2...2)
        let x = try ValueConversion.tensor(args.value(at: 0), "reshape")
        let shape = try ValueConversion.shape(args.value(at: 1), "reshape")
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try reshape(x, shape) })
    }

    private static func tensors(_ value: Value, _ function: String) throws(NativeError) -> [Tensor] {
        guard case .array(let elements) = value else {
            throw NativeError("\(function): expected an array of tensors, not '\(value.typeName)'")
        }
        var tensors: [Tensor] = []
        for element in elements { tensors.append(try ValueConversion.tensor(element, function)) }
        return tensors
    }

    private static func addNCall(_ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: "addN")
        try args.expectPositional(1...1)
        let inputs = try tensors(args.value(at: 0), "addN")
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try addN(inputs) })
    }

    private static func concatCall(_ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: "concat", labels: ["axis"])
        try args.expectPositional(1...1)
        let inputs = try tensors(args.value(at: 0), "concat")
        let axis = try args.value("axis").map { v throws(NativeError) in try ValueConversion.int(v, "concat", "axis") } ?? 0
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try concat(inputs, axis: axis) })
    }

    private static func softmaxCall(_ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: "softmax", labels: ["axis"])
        try args.expectPositional(1...1)
        let x = try ValueConversion.tensor(args.value(at: 0), "softmax")
        let axis = try args.value("axis").map { v throws(NativeError) in try ValueConversion.int(v, "softmax", "axis") } ?? -1
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try softmax(x, axis: axis) })
    }

    private static func castCall(_ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: "cast", labels: ["to"])
        try args.expectPositional(1...1)
        let x = try ValueConversion.tensor(args.value(at: 0), "cast")
        guard let target = args.value("to") else { throw NativeError("cast: missing argument for parameter 'to' in call") }
        let dtype = try ValueConversion.dtype(target, "cast")
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try cast(x, to: dtype) })
    }

    private static func setSeedCall(_ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: "setSeed")
        try args.expectPositional(1...1)
        setSeed(try ValueConversion.int(args.value(at: 0), "setSeed", "seed"))
        return .void
    }
}
