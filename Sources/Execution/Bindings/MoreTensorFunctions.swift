import Autodiff
import Interpreter

/// The global tensor functions of DSL.md §10 (and TensorFlow's names for the element-wise comparisons).
enum MoreTensorFunctions {
    /// Every function by name.
    static var all: [String: NativeFunction] {
        var functions: [String: NativeFunction] = [:]
        for (name, op) in unary {
            functions[name] = { arguments, _ in
                let args = try Arguments(arguments, function: name)
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), name)
                return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try op(x) })
            }
        }
        for comparison in ElementComparison.allCases {
            functions[comparisonNames[comparison] ?? ""] = { arguments, _ in
                let name = comparisonNames[comparison] ?? ""
                let args = try Arguments(arguments, function: name)
                try args.expectPositional(2...2)
                let (a, b) = try TensorOperators.operands(args.value(at: 0), args.value(at: 1), name)
                return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try compare(comparison, a, b) })
            }
        }
        for name in ["reduceMin", "reduceProd", "reduceVariance", "reduceStd", "reduceLogSumExp"] {
            functions[name] = { arguments, _ in try reduce(name, arguments) }
        }
        functions["argmax"] = { arguments, _ in try arg("argmax", arguments) }
        functions["argmin"] = { arguments, _ in try arg("argmin", arguments) }
        functions["where"] = { arguments, _ in try selectCall("where", arguments) }
        // The interpreter looks a backticked name up with its backticks (`` `where`(c, a, b) ``).
        functions["`where`"] = functions["where"]
        functions["select"] = { arguments, _ in try selectCall("select", arguments) }
        functions["oneHot"] = { arguments, _ in try oneHotCall(arguments) }
        functions["randomPermutation"] = { arguments, _ in
            let args = try Arguments(arguments, function: "randomPermutation")
            try args.expectPositional(1...1)
            let n = try ValueConversion.int(args.value(at: 0), "randomPermutation", "n")
            return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try randomPermutation(n) })
        }
        for (name, function) in ShapingFunctions.all { functions[name] = function }
        return functions
    }

    /// The static members `Tensor.range`, `Tensor.eye`, `Tensor.randomShuffle`.
    static var staticMethods: [String: NativeFunction] {
        [
            "range": { arguments, _ in try rangeCall(arguments) },
            "eye": { arguments, _ in
                let args = try Arguments(arguments, function: "Tensor.eye", labels: ["dtype"])
                try args.expectPositional(1...1)
                let n = try ValueConversion.int(args.value(at: 0), "Tensor.eye", "n")
                let dtype = try args.value("dtype").map { v throws(NativeError) in try ValueConversion.dtype(v, "Tensor.eye") } ?? .float32
                return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try Tensor.eye(n, dtype: dtype) })
            },
            "randomShuffle": { arguments, _ in
                let args = try Arguments(arguments, function: "Tensor.randomShuffle")
                try args.expectPositional(1...1)
                let t = try ValueConversion.tensor(args.value(at: 0), "Tensor.randomShuffle")
                return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try Tensor.randomShuffle(t) })
            },
        ]
    }

    private static let comparisonNames: [ElementComparison: String] = [
        .equal: "equal", .notEqual: "notEqual", .less: "less", .lessEqual: "lessEqual", .greater: "greater",
        .greaterEqual: "greaterEqual",
    ]

    private static var unary: [String: (Tensor) throws(TensorError) -> Tensor] { [
        "log1p": { x throws(TensorError) in try log1p(x) }, "expm1": { x throws(TensorError) in try expm1(x) },
        "sign": { x throws(TensorError) in try sign(x) }, "floor": { x throws(TensorError) in try floor(x) },
        "ceil": { x throws(TensorError) in try ceil(x) }, "round": { x throws(TensorError) in try round(x) },
        "rsqrt": { x throws(TensorError) in try rsqrt(x) }, "erf": { x throws(TensorError) in try erf(x) },
    ] }

    /// The `axis:` argument (an Int or an array of Ints), or nil for all axes.
    static func axes(_ args: Arguments, _ name: String) throws(NativeError) -> [Int]? {
        switch args.value("axis") {
        case nil: return nil
        case .array?: return try ValueConversion.shape(args.value("axis") ?? .void, name)
        case let single?: return [try ValueConversion.int(single, name, "axis")]
        }
    }

    private static func reduce(_ name: String, _ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: name, labels: ["axis", "keepDims"])
        try args.expectPositional(1...1)
        let x = try ValueConversion.tensor(args.value(at: 0), name)
        let keep = try args.value("keepDims").map { v throws(NativeError) in try ValueConversion.bool(v, name, "keepDims") } ?? false
        let axes = try axes(args, name)
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in
            switch name {
            case "reduceMin": try reduceMin(x, axes: axes, keepDims: keep)
            case "reduceProd": try reduceProd(x, axes: axes, keepDims: keep)
            case "reduceVariance": try reduceVariance(x, axes: axes, keepDims: keep)
            case "reduceStd": try reduceStd(x, axes: axes, keepDims: keep)
            default: try reduceLogSumExp(x, axes: axes, keepDims: keep)
            }
        })
    }

    private static func arg(_ name: String, _ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: name, labels: ["axis"])
        try args.expectPositional(1...1)
        let x = try ValueConversion.tensor(args.value(at: 0), name)
        return try TensorMethods.arg(name, args, x)
    }

    private static func selectCall(_ name: String, _ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: name)
        try args.expectPositional(3...3)
        let condition = try ValueConversion.tensor(args.value(at: 0), name)
        let (a, b) = try TensorOperators.operands(args.value(at: 1), args.value(at: 2), name)
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try select(condition, a, b) })
    }

    private static func oneHotCall(_ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: "oneHot", labels: ["depth", "dtype"])
        try args.expectPositional(1...1)
        let indices = try ValueConversion.tensor(args.value(at: 0), "oneHot", dtype: .int32)
        guard let depthValue = args.value("depth") else { throw NativeError("oneHot: missing argument for parameter 'depth' in call") }
        let depth = try ValueConversion.int(depthValue, "oneHot", "depth")
        let dtype = try args.value("dtype").map { v throws(NativeError) in try ValueConversion.dtype(v, "oneHot") } ?? .float32
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try oneHot(indices, depth: depth, dtype: dtype) })
    }

    /// `Tensor.range(0, 10, step: 1)`: int32 when every bound is an Int, as TensorFlow's `range`.
    private static func rangeCall(_ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let function = "Tensor.range"
        let args = try Arguments(arguments, function: function, labels: ["step", "dtype"])
        try args.expectPositional(1...2)
        var bounds = [try args.value(at: 0)]
        if args.positionalCount == 2 { bounds.append(try args.value(at: 1)) }
        if let step = args.value("step") { bounds.append(step) }
        let allInts = bounds.allSatisfy { if case .int = $0 { true } else { false } }
        let numbers = try bounds.map { v throws(NativeError) in try ValueConversion.double(v, function, "bound") }
        let (start, limit) = args.positionalCount == 2 ? (numbers[0], numbers[1]) : (0, numbers[0])
        let step = args.value("step") == nil ? 1 : numbers[numbers.count - 1]
        let dtype = try args.value("dtype").map { v throws(NativeError) in try ValueConversion.dtype(v, function) }
            ?? (allInts ? .int32 : .float32)
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in
            try Tensor.range(start, limit, step: step, dtype: dtype)
        })
    }
}
