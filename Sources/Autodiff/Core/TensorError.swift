/// The one error type of the tensor runtime: every failed operation throws it, never traps.
///
/// Messages name the operation first (`matmul: cannot multiply [2, 3] by [2, 2]`);
/// the common messages are built by the static factories below.
public struct TensorError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The human-readable message, starting with the operation's name.
    public let message: String

    /// Creates an error with a ready-made message.
    /// - Parameter message: the full text, starting with the operation's name.
    public init(_ message: String) {
        self.message = message
    }

    /// The message, so that `print(error)` shows it.
    public var description: String { message }

    static func incompatibleShapes(_ op: String, _ a: [Int], _ b: [Int]) -> TensorError {
        TensorError("\(op): incompatible shapes \(a) and \(b) (broadcasting needs equal dimensions or 1)")
    }

    static func dtypeMismatch(_ op: String, _ a: DType, _ b: DType) -> TensorError {
        TensorError("\(op): dtype mismatch \(a.rawValue) vs \(b.rawValue); use cast(t, to:) first")
    }

    static func unsupportedDType(_ op: String, _ dtype: DType) -> TensorError {
        TensorError("\(op): not supported for dtype \(dtype.rawValue)")
    }

    static func badAxis(_ op: String, axis: Int, rank: Int) -> TensorError {
        TensorError("\(op): axis \(axis) is out of range for a tensor of rank \(rank)")
    }

    static func tooLarge(_ op: String, _ shape: [Int]) -> TensorError {
        TensorError("\(op): shape \(shape) needs more than \(ShapeMath.maxElements) elements (the memory limit)")
    }

    static func negativeDimension(_ op: String, _ shape: [Int]) -> TensorError {
        TensorError("\(op): shape \(shape) has a negative dimension")
    }

    static func scalarCountMismatch(_ op: String, shape: [Int], count: Int) -> TensorError {
        TensorError("\(op): shape \(shape) needs \((try? ShapeMath.elementCount(shape, op: op)) ?? 0) scalars, got \(count)")
    }
}
