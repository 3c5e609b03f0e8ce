import Autodiff
import Interpreter

/// The function `customGradient { x in (y, backward) }` gives: called as `f(x)` or `f.callAsFunction(x)`,
/// its gradient is the author's closure.
final class CustomGradientObject: NativeObject {
    private let function: (Tensor) throws -> Tensor

    /// Wraps the author's closure `(Tensor) -> (Tensor, (Tensor) -> Tensor)`.
    init(body: Value, context: NativeContext) {
        function = customGradient { x in
            let returned = try context.call(body, [ValueConversion.value(x)])
            guard case .tuple(let pair) = returned, pair.elements.count == 2 else {
                throw NativeError("customGradient: the closure must return (Tensor, (Tensor) -> Tensor), not '\(returned.typeName)'")
            }
            let value = try ValueConversion.tensor(pair.elements[0], "customGradient")
            let backward = pair.elements[1]
            return (value, { g in try ValueConversion.tensor(try context.call(backward, [ValueConversion.value(g)]), "customGradient") })
        }
    }

    var typeName: String { "(Tensor) -> Tensor" }

    var description: String { "(Function)" }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        guard name == "callAsFunction" else { throw NativeError("value of type '\(typeName)' has no member '\(name)'") }
        let args = try Arguments(arguments, function: "callAsFunction")
        try args.expectPositional(1...1)
        let x = try ValueConversion.tensor(args.value(at: 0), "callAsFunction")
        return try LearningFunctions.result { try function(x) }
    }
}
