/// `customGradient`: a function whose backward pass the author writes (TensorFlow's `custom_gradient`).

/// The backward rule of a custom-gradient function: the input's gradient from the output's.
public typealias CustomBackward = (Tensor) throws -> Tensor

/// Wraps `body` into a function whose value is `body`'s first result and whose gradient is given
/// by the closure `body` returns.
///
/// As in TensorFlow's eager mode, `body` runs with recording stopped, so only the returned closure
/// decides the gradient; the closure itself runs under the tapes that are recording when the
/// gradient is taken, so an outer tape records it (second derivatives through it work when it is
/// written in terms of the input).
/// - Parameter body: `(x) -> (y, backward)`.
/// - Returns: the function `x -> y` with the custom backward rule.
public func customGradient(
    _ body: @escaping (Tensor) throws -> (Tensor, CustomBackward)
) -> (Tensor) throws -> Tensor {
    { x in
        let (value, backward) = try TapeContext.withoutRecording { () throws -> (Tensor, CustomBackward) in try body(x) }
        let out = value.withFreshIdentity()
        return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
            let gradient: Tensor
            do {
                gradient = try backward(g)
            } catch let error as TensorError {
                throw error
            } catch {
                throw TensorError("customGradient: the backward closure failed: \(error)")
            }
            guard gradient.shape == x.shape else { throw .customGradientShape(gradient.shape, x.shape) }
            return [gradient]
        }
    }
}

extension TensorError {
    static func customGradientShape(_ got: [Int], _ input: [Int]) -> TensorError {
        TensorError("customGradient: the backward closure returned shape \(got) for an input of shape \(input)")
    }
}
