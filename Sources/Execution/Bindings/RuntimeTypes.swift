import Autodiff
import Interpreter

/// The runtime's types as the interpreter sees them: `Tensor`, `Variable` and `GradientTape`, with their
/// initialisers and static members (DSL.md §3–5).
enum RuntimeTypes {
    /// All native types: these three and the learning types (`Dense`, `Sequential`, the optimizers).
    static var all: [NativeType] { [tensor, variable, gradientTape] + LearningTypes.all }

    /// `Tensor(3.0)`, `Tensor([[1, 2], [3, 4]])`, `Tensor(shape:scalars:)`, `Tensor.zeros(...)` and friends.
    static var tensor: NativeType {
        NativeType(
            name: "Tensor",
            initializer: { arguments, _ in try ValueConversion.value(makeTensor(arguments)) },
            staticMethods: [
                "zeros": { arguments, _ in try filled("Tensor.zeros", arguments, Tensor.zeros) },
                "ones": { arguments, _ in try filled("Tensor.ones", arguments, Tensor.ones) },
                "linspace": { arguments, _ in try linspace(arguments) },
                "randomNormal": { arguments, _ in try random("Tensor.randomNormal", arguments, normal: true) },
                "randomUniform": { arguments, _ in try random("Tensor.randomUniform", arguments, normal: false) },
            ].merging(MoreTensorFunctions.staticMethods) { own, _ in own }
        )
    }

    /// `Variable(3.0, name: "x")`, `Variable(tensor, trainable: false)`.
    static var variable: NativeType {
        NativeType(name: "Variable", initializer: { arguments, _ in
            let args = try Arguments(arguments, function: "Variable", labels: ["name", "trainable", "dtype"])
            try args.expectPositional(1...1)
            let dtype = try args.value("dtype").map { v throws(NativeError) in try ValueConversion.dtype(v, "Variable") }
            var initial = try ValueConversion.tensor(args.value(at: 0), "Variable", dtype: dtype)
            if let dtype, initial.dtype != dtype {
                initial = try ValueConversion.wrap { () throws(TensorError) in try cast(initial, to: dtype) }
            }
            let name = try args.value("name").map { v throws(NativeError) in try ValueConversion.string(v, "Variable", "name") }
            let trainable = try args.value("trainable").map { v throws(NativeError) in
                try ValueConversion.bool(v, "Variable", "trainable")
            } ?? true
            return .native(VariableObject(Variable(initial, name: name, trainable: trainable)))
        })
    }

    /// `GradientTape(persistent:watchAccessedVariables:)`.
    static var gradientTape: NativeType {
        NativeType(name: "GradientTape", initializer: { arguments, _ in
            let args = try Arguments(arguments, function: "GradientTape", labels: ["persistent", "watchAccessedVariables"])
            try args.expectPositional(0...0)
            let persistent = try args.value("persistent").map { v throws(NativeError) in
                try ValueConversion.bool(v, "GradientTape", "persistent")
            } ?? false
            let watch = try args.value("watchAccessedVariables").map { v throws(NativeError) in
                try ValueConversion.bool(v, "GradientTape", "watchAccessedVariables")
            } ?? true
            return .native(TapeObject(GradientTape(persistent: persistent, watchAccessedVariables: watch)))
        })
    }

    private static func makeTensor(_ arguments: [NativeArgument]) throws(NativeError) -> Tensor {
        let args = try Arguments(arguments, function: "Tensor", labels: ["shape", "scalars", "dtype"])
        let dtype = try args.value("dtype").map { v throws(NativeError) in try ValueConversion.dtype(v, "Tensor") }
        if let shapeValue = args.value("shape") {
            try args.expectPositional(0...0)
            let shape = try ValueConversion.shape(shapeValue, "Tensor")
            guard let scalarsValue = args.value("scalars") else {
                throw NativeError("Tensor: missing argument for parameter 'scalars' in call")
            }
            let scalars = try ValueConversion.doubles(scalarsValue, "Tensor")
            return try ValueConversion.wrap { () throws(TensorError) in
                try Tensor(shape: shape, scalars: scalars, dtype: dtype ?? .float32)
            }
        }
        try args.expectPositional(1...1)
        let tensor = try ValueConversion.tensor(args.value(at: 0), "Tensor", dtype: dtype)
        guard let dtype, tensor.dtype != dtype else { return tensor }
        return try ValueConversion.wrap { () throws(TensorError) in try cast(tensor, to: dtype) }
    }

    private static func filled(
        _ function: String, _ arguments: [NativeArgument], _ make: ([Int], DType) throws(TensorError) -> Tensor
    ) throws(NativeError) -> Value {
        let args = try Arguments(arguments, function: function, labels: ["dtype"])
        try args.expectPositional(1...1)
        let shape = try ValueConversion.shape(args.value(at: 0), function)
        let dtype = try args.value("dtype").map { v throws(NativeError) in try ValueConversion.dtype(v, function) } ?? .float32
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try make(shape, dtype) })
    }

    private static func linspace(_ arguments: [NativeArgument]) throws(NativeError) -> Value {
        let function = "Tensor.linspace"
        let args = try Arguments(arguments, function: function, labels: ["count", "dtype"])
        try args.expectPositional(2...2)
        let start = try ValueConversion.double(args.value(at: 0), function, "start")
        let stop = try ValueConversion.double(args.value(at: 1), function, "stop")
        guard let countValue = args.value("count") else {
            throw NativeError("\(function): missing argument for parameter 'count' in call")
        }
        let count = try ValueConversion.int(countValue, function, "count")
        let dtype = try args.value("dtype").map { v throws(NativeError) in try ValueConversion.dtype(v, function) } ?? .float32
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in
            try Tensor.linspace(start, stop, count: count, dtype: dtype)
        })
    }

    private static func random(_ function: String, _ arguments: [NativeArgument], normal: Bool) throws(NativeError) -> Value {
        let labels: [String] = normal ? ["mean", "stddev", "dtype"] : ["min", "max", "dtype"]
        let args = try Arguments(arguments, function: function, labels: labels)
        try args.expectPositional(1...1)
        let shape = try ValueConversion.shape(args.value(at: 0), function)
        let dtype = try args.value("dtype").map { v throws(NativeError) in try ValueConversion.dtype(v, function) } ?? .float32
        func number(_ label: String, _ fallback: Double) throws(NativeError) -> Double {
            try args.value(label).map { v throws(NativeError) in try ValueConversion.double(v, function, label) } ?? fallback
        }
        let tensor: Tensor
        if normal {
            let (mean, stddev) = (try number("mean", 0), try number("stddev", 1))
            tensor = try ValueConversion.wrap { () throws(TensorError) in
                try Tensor.randomNormal(shape, mean: mean, stddev: stddev, dtype: dtype)
            }
        } else {
            let (low, high) = (try number("min", 0), try number("max", 1))
            tensor = try ValueConversion.wrap { () throws(TensorError) in
                try Tensor.randomUniform(shape, min: low, max: high, dtype: dtype)
            }
        }
        return ValueConversion.value(tensor)
    }
}
