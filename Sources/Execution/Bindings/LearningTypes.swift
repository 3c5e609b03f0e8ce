import Autodiff
import Interpreter
import Learning

/// The native types of DSL.md §9: `Dense`, `Sequential`, `SGD`, `RMSProp`, `Adam`, `AdamW`.
enum LearningTypes {
    /// All of them.
    static var all: [NativeType] {
        [
            NativeType(name: "Dense", initializer: { arguments, context in try dense(arguments, context) }),
            NativeType(name: "Sequential", initializer: { arguments, context in
                let args = try Arguments(arguments, function: "Sequential")
                try args.expectPositional(1...1)
                guard case .array(let parts) = try args.value(at: 0) else {
                    throw NativeError("Sequential: expected an array of layers")
                }
                var layers: [any Layer] = []
                for part in parts { layers.append(try LayerObject.layer(part, "Sequential", context: context)) }
                return .native(LayerObject(Sequential(layers), parts: parts))
            }),
            optimizer("SGD", labels: ["learningRate", "momentum", "nesterov", "weightDecay"]) { args throws in
                try SGD(learningRate: try args.number("learningRate") ?? 0.01, momentum: try args.number("momentum") ?? 0,
                        nesterov: try args.flag("nesterov") ?? false, weightDecay: try args.number("weightDecay"))
            },
            optimizer("RMSProp", labels: ["learningRate", "rho", "momentum", "epsilon", "weightDecay"]) { args throws in
                RMSProp(learningRate: try args.number("learningRate") ?? 0.001, rho: try args.number("rho") ?? 0.9,
                        momentum: try args.number("momentum") ?? 0, epsilon: try args.number("epsilon") ?? 1e-7,
                        weightDecay: try args.number("weightDecay"))
            },
            optimizer("Adam", labels: ["learningRate", "beta1", "beta2", "epsilon", "weightDecay"]) { args throws in
                Adam(learningRate: try args.number("learningRate") ?? 0.001, beta1: try args.number("beta1") ?? 0.9,
                     beta2: try args.number("beta2") ?? 0.999, epsilon: try args.number("epsilon") ?? 1e-7,
                     weightDecay: try args.number("weightDecay"))
            },
            optimizer("AdamW", labels: ["learningRate", "beta1", "beta2", "epsilon", "weightDecay"]) { args throws in
                AdamW(learningRate: try args.number("learningRate") ?? 0.001, beta1: try args.number("beta1") ?? 0.9,
                      beta2: try args.number("beta2") ?? 0.999, epsilon: try args.number("epsilon") ?? 1e-7,
                      weightDecay: try args.number("weightDecay") ?? 0.004)
            },
        ]
    }

    /// `Dense(inputSize:outputSize:activation:)` or `Dense(weight:bias:activation:)` (tensors or variables).
    private static func dense(_ arguments: [NativeArgument], _ context: NativeContext) throws -> Value {
        let args = try Arguments(arguments, function: "Dense", labels: ["inputSize", "outputSize", "weight", "bias", "activation"])
        try args.expectPositional(0...0)
        let activation = args.value("activation").map { LayerObject.activation($0, context: context) } ?? Activations.identity
        if let weight = args.value("weight") {
            let w = try variable(weight, "weight")
            let b = try variable(try ShapingFunctions.required(args, "bias"), "bias")
            guard w.shape.count == 2, b.shape == [w.shape[1]] else {
                throw NativeError("Dense: weight of shape \(w.shape) does not fit bias of shape \(b.shape)")
            }
            return .native(LayerObject(Dense(weight: w, bias: b, activation: activation)))
        }
        let inputSize = try ValueConversion.int(try ShapingFunctions.required(args, "inputSize"), "Dense", "inputSize")
        let outputSize = try ValueConversion.int(try ShapingFunctions.required(args, "outputSize"), "Dense", "outputSize")
        let layer = try LearningFunctions.wrap { try Dense(inputSize: inputSize, outputSize: outputSize, activation: activation) }
        return .native(LayerObject(layer))
    }

    /// A variable as given, or a new one holding a given tensor.
    private static func variable(_ value: Value, _ name: String) throws(NativeError) -> Variable {
        if case .native(let object as VariableObject) = value { return object.variable }
        return Variable(try ValueConversion.tensor(value, "Dense"), name: name)
    }

    private static func optimizer(_ name: String, labels: [String], _ make: @escaping (Arguments) throws -> Optimizer) -> NativeType {
        NativeType(name: name, initializer: { arguments, _ in
            let args = try Arguments(arguments, function: name, labels: labels)
            try args.expectPositional(0...0)
            return .native(OptimizerObject(try LearningFunctions.wrap { try make(args) }, name: name))
        })
    }
}

extension Arguments {
    /// The number labelled `label`, or nil.
    func number(_ label: String) throws(NativeError) -> Double? {
        try value(label).map { v throws(NativeError) in try ValueConversion.double(v, function, label) }
    }

    /// The Bool labelled `label`, or nil.
    func flag(_ label: String) throws(NativeError) -> Bool? {
        try value(label).map { v throws(NativeError) in try ValueConversion.bool(v, function, label) }
    }
}
