import Autodiff
import Interpreter
import Learning

/// An author's value whose type declares `callAsFunction` (`struct Model: Layer`), seen as a
/// `Layer` by native code such as `Sequential` and `sequenced(through:)`.
///
/// Calling it runs the author's method through the interpreter; its variables are found by the same
/// walk as `model.trainableVariables`.
struct AuthorLayer: Layer, TrainableVariableListing {
    /// The author's value (a copy: a struct held by a `Sequential` is a value, as in Swift).
    let value: Value
    /// How to call back into the interpreter.
    let context: NativeContext

    /// `value(input)`.
    /// - Throws: the author's method's error unchanged, or `NativeError` when it gives no tensor.
    func callAsFunction(_ input: Tensor) throws -> Tensor {
        guard let result = try context.callMethod(on: value, "callAsFunction", [ValueConversion.value(input)]) else {
            throw NativeError("value of type '\(value.typeName)' has no method 'callAsFunction(_:)' taking one argument")
        }
        return try ValueConversion.tensor(result, "callAsFunction")
    }

    /// The variables reachable through the value's stored properties (an error of an author's own
    /// `trainableVariables` leaves the list empty: a listing cannot throw).
    var ownTrainableVariables: [Variable] {
        (try? ValueVariables.trainableVariables(of: value, context: context)) ?? []
    }
}
