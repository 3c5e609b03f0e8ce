import Autodiff
import Interpreter

/// The shaping and selection functions of DSL.md §10: `gather`, `stack`, `unstack`, `split`,
/// `squeeze`, `expandDims`, `tile`, `clip`, `clipByNorm`, `meshgrid`.
enum ShapingFunctions {
    /// Every function by name.
    static var all: [String: NativeFunction] {
        [
            "gather": { arguments, _ in
                let args = try Arguments(arguments, function: "gather", labels: ["indices", "axis"])
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), "gather")
                let indices = try ValueConversion.tensor(try required(args, "indices"), "gather", dtype: .int32)
                let axis = try optionalInt(args, "axis") ?? 0
                return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try gather(x, indices: indices, axis: axis) })
            },
            "stack": { arguments, _ in
                let args = try Arguments(arguments, function: "stack", labels: ["axis"])
                try args.expectPositional(1...1)
                let parts = try tensors(args.value(at: 0), "stack")
                let axis = try optionalInt(args, "axis") ?? 0
                return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try stack(parts, axis: axis) })
            },
            "unstack": { arguments, _ in
                let args = try Arguments(arguments, function: "unstack", labels: ["axis"])
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), "unstack")
                let axis = try optionalInt(args, "axis") ?? 0
                return .array(try ValueConversion.wrap { () throws(TensorError) in try unstack(x, axis: axis) }.map(ValueConversion.value))
            },
            "split": { arguments, _ in
                let args = try Arguments(arguments, function: "split", labels: ["count", "axis"])
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), "split")
                let count = try ValueConversion.int(try required(args, "count"), "split", "count")
                let axis = try optionalInt(args, "axis") ?? 0
                return .array(try ValueConversion.wrap { () throws(TensorError) in try split(x, count: count, axis: axis) }.map(ValueConversion.value))
            },
            "squeeze": { arguments, _ in
                let args = try Arguments(arguments, function: "squeeze", labels: ["axis"])
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), "squeeze")
                let axis = try optionalInt(args, "axis")
                return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try squeeze(x, axis: axis) })
            },
            "expandDims": { arguments, _ in
                let args = try Arguments(arguments, function: "expandDims", labels: ["axis"])
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), "expandDims")
                let axis = try ValueConversion.int(try required(args, "axis"), "expandDims", "axis")
                return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try expandDims(x, axis: axis) })
            },
            "tile": { arguments, _ in
                let args = try Arguments(arguments, function: "tile", labels: ["multiples"])
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), "tile")
                let multiples = try ValueConversion.shape(try required(args, "multiples"), "tile")
                return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try tile(x, multiples: multiples) })
            },
            "clip": { arguments, _ in
                let args = try Arguments(arguments, function: "clip", labels: ["min", "max"])
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), "clip")
                let low = try ValueConversion.tensor(try required(args, "min"), "clip", dtype: x.dtype)
                let high = try ValueConversion.tensor(try required(args, "max"), "clip", dtype: x.dtype)
                return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try clip(x, min: low, max: high) })
            },
            "clipByNorm": { arguments, _ in
                let args = try Arguments(arguments, function: "clipByNorm", labels: ["clipNorm"])
                try args.expectPositional(1...1)
                let x = try ValueConversion.tensor(args.value(at: 0), "clipByNorm")
                let norm = try ValueConversion.double(try required(args, "clipNorm"), "clipByNorm", "clipNorm")
                return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try clipByNorm(x, clipNorm: norm) })
            },
            "meshgrid": { arguments, _ in
                let args = try Arguments(arguments, function: "meshgrid")
                try args.expectPositional(2...2)
                let (x, y) = try TensorOperators.operands(args.value(at: 0), args.value(at: 1), "meshgrid")
                let (xx, yy) = try ValueConversion.wrap { () throws(TensorError) in try meshgrid(x, y) }
                return .tuple(Tuple([ValueConversion.value(xx), ValueConversion.value(yy)]))
            },
        ]
    }

    static func required(_ args: Arguments, _ label: String) throws(NativeError) -> Value {
        guard let value = args.value(label) else {
            throw NativeError("\(args.function): missing argument for parameter '\(label)' in call")
        }
        return value
    }

    static func optionalInt(_ args: Arguments, _ label: String) throws(NativeError) -> Int? {
        try args.value(label).map { v throws(NativeError) in try ValueConversion.int(v, args.function, label) }
    }

    /// An array of tensors (or variables).
    static func tensors(_ value: Value, _ function: String) throws(NativeError) -> [Tensor] {
        guard case .array(let elements) = value else {
            throw NativeError("\(function): expected an array of tensors, not '\(value.typeName)'")
        }
        var tensors: [Tensor] = []
        for element in elements { tensors.append(try ValueConversion.tensor(element, function)) }
        return tensors
    }
}
