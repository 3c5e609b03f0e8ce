/// A nested array literal such as `[[1, 2], [3, 4]]`, the form the interpreter hands over.
///
/// Swift literals convert directly: `let l: TensorLiteral = [[1, 2], [3, 4.5]]`.
public enum TensorLiteral: Sendable, Equatable, ExpressibleByArrayLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
{
    /// One number.
    case scalar(Double)
    /// A list of nested literals; all must have the same shape.
    case array([TensorLiteral])

    /// Builds `.array` from an array literal.
    public init(arrayLiteral elements: TensorLiteral...) {
        self = .array(elements)
    }

    /// Builds `.scalar` from a floating-point literal.
    public init(floatLiteral value: Double) {
        self = .scalar(value)
    }

    /// Builds `.scalar` from an integer literal.
    public init(integerLiteral value: Int) {
        self = .scalar(Double(value))
    }

    /// The shape of this literal and its elements in row-major order.
    /// - Throws: `TensorError` for ragged nesting (`[[1, 2], [3]]`).
    func flatten() throws(TensorError) -> (shape: [Int], scalars: [Double]) {
        switch self {
        case .scalar(let value):
            return ([], [value])
        case .array(let items):
            var innerShape: [Int]?
            var scalars: [Double] = []
            for item in items {
                let (shape, values) = try item.flatten()
                if let expected = innerShape, expected != shape {
                    throw .ragged(shape, expected)
                }
                innerShape = shape
                scalars.append(contentsOf: values)
            }
            return ([items.count] + (innerShape ?? []), scalars)
        }
    }
}

extension Tensor {
    /// A tensor from a nested literal, e.g. `Tensor(nested: [[1, 2], [3, 4]])`.
    /// - Parameters:
    ///   - nested: the values; every level must be rectangular.
    ///   - dtype: the element type, `float32` unless given (also for integer literals).
    /// - Throws: `TensorError` for ragged nesting or values that do not fit `dtype`.
    public init(nested: TensorLiteral, dtype: DType = .float32) throws(TensorError) {
        let (shape, scalars) = try nested.flatten()
        try self.init(shape: shape, scalars: scalars, dtype: dtype)
    }
}

extension TensorError {
    static func ragged(_ shape: [Int], _ expected: [Int]) -> TensorError {
        TensorError("Tensor: ragged nested array (an element of shape \(shape) next to one of shape \(expected))")
    }
}
