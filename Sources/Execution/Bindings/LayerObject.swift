import Autodiff
import Interpreter
import Learning

/// A built-in layer (`Dense`, `Sequential`) as the interpreter sees it: `callAsFunction`,
/// `trainableVariables`, and `weight`/`bias` or `layers`.
final class LayerObject: NativeObject {
    /// The wrapped layer.
    let layer: any Layer
    /// The layer objects a `Sequential` was built from (so `layers` gives them back).
    private let parts: [Value]

    /// Wraps a layer; `parts` are a `Sequential`'s layers as the author passed them.
    init(_ layer: any Layer, parts: [Value] = []) {
        self.layer = layer
        self.parts = parts
    }

    var typeName: String { layer is Dense ? "Dense" : "Sequential" }

    var description: String {
        if let dense = layer as? Dense { return "Dense(inputSize: \(dense.weight.shape[0]), outputSize: \(dense.weight.shape[1]))" }
        return "Sequential(\(parts.count) layers)"
    }

    func property(_ name: String, context: NativeContext) throws -> Value {
        switch (name, layer) {
        case ("trainableVariables", _): return .array(layer.trainableVariables.map { .native(VariableObject($0)) })
        case ("weight", let dense as Dense): return .native(VariableObject(dense.weight))
        case ("bias", let dense as Dense): return .native(VariableObject(dense.bias))
        case ("layers", is Sequential): return .array(parts)
        default: throw NativeError("value of type '\(typeName)' has no member '\(name)'")
        }
    }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        guard name == "callAsFunction" else { throw NativeError("value of type '\(typeName)' has no member '\(name)'") }
        let args = try Arguments(arguments, function: "callAsFunction")
        try args.expectPositional(1...1)
        let x = try ValueConversion.tensor(args.value(at: 0), typeName)
        return try LearningFunctions.result { try layer(x) }
    }

    /// The layer inside a value (a built-in layer, or an author's value whose type declares
    /// `callAsFunction`), or an error naming `function`.
    static func layer(_ value: Value, _ function: String, context: NativeContext) throws(NativeError) -> any Layer {
        if case .native(let object as LayerObject) = value { return object.layer }
        if context.declares(value, "callAsFunction") { return AuthorLayer(value: value, context: context) }
        throw NativeError("\(function): expected a layer, not '\(value.typeName)'")
    }

    /// `x.sequenced(through: l1, l2, l3)`: the first layer is labelled, the rest are not.
    /// - Throws: `NativeError` for bad arguments or a tensor error; an author's layer's error unchanged.
    static func sequenced(_ x: Tensor, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        guard let first = arguments.first, first.label == "through", !arguments.dropFirst().contains(where: { $0.label != nil })
        else { throw NativeError("sequenced: expected 'sequenced(through: layer, ...)'") }
        var layers: [any Layer] = []
        for argument in arguments { layers.append(try layer(argument.value, "sequenced", context: context)) }
        return try LearningFunctions.result { try x.sequenced(through: layers) }
    }

    /// An activation given as a function value (`relu`, a closure), called through the interpreter.
    static func activation(_ value: Value, context: NativeContext) -> Activation {
        { x in try ValueConversion.tensor(try context.call(value, [ValueConversion.value(x)]), "activation") }
    }
}
