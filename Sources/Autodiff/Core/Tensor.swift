/// An immutable n-dimensional array with NumPy broadcasting and TensorFlow-style gradients.
///
/// A `Tensor` is a `Sendable` value: copies share storage until one is changed (copy-on-write).
/// Each tensor created by an operation also carries an identity, so a tape can tell
/// that `tape.watch(x)` and a later use of `x` are the same tensor, as in TensorFlow.
public struct Tensor: Sendable {
    var storage: TensorStorage
    /// The size of each dimension; `[]` for a scalar.
    public let shape: [Int]
    /// The tape identity of this value; copies of a tensor share it.
    let identity: TensorIdentity

    /// Wraps already-validated storage; `storage.count` must equal the product of `shape`.
    init(storage: TensorStorage, shape: [Int]) {
        self.storage = storage
        self.shape = shape
        self.identity = TensorIdentity()
    }

    /// The same values under a new identity, so no tape connects the result to `self`.
    func withFreshIdentity() -> Tensor {
        Tensor(storage: storage, shape: shape)
    }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The element type.
    public var dtype: DType { storage.dtype }

    /// The total number of elements.
    public var scalarCount: Int { storage.count }

    /// A scalar tensor holding `scalar` converted to `dtype` (int32 truncates toward zero and saturates).
    /// - Parameters:
    ///   - scalar: the value.
    ///   - dtype: the element type, `float32` unless given.
    public init(_ scalar: Double, dtype: DType = .float32) {
        // `filled` converts exactly as `from` does, without a one-element array of Doubles first.
        self.init(storage: .filled(scalar, count: 1, dtype: dtype), shape: [])
    }

    /// A tensor of `shape` filled row-major from `scalars`.
    /// - Parameters:
    ///   - shape: the dimensions; their product must equal `scalars.count`.
    ///   - scalars: the elements in row-major order.
    ///   - dtype: the element type, `float32` unless given.
    /// - Throws: `TensorError` when the count does not match, a dimension is negative,
    ///   or a value does not fit `int32`.
    public init(shape: [Int], scalars: [Double], dtype: DType = .float32) throws(TensorError) {
        let count = try ShapeMath.elementCount(shape, op: "Tensor(shape:scalars:)")
        guard count == scalars.count else {
            throw .scalarCountMismatch("Tensor(shape:scalars:)", shape: shape, count: scalars.count)
        }
        if dtype == .int32, let bad = scalars.first(where: { !ElementConversion.isExactInt32($0) }) {
            throw .notInt32(bad)
        }
        self.init(storage: .from(scalars, dtype: dtype), shape: shape)
    }

    /// All elements in row-major order, converted to `Double` (bool as 0 or 1).
    public var doubles: [Double] { storage.doubles }

    /// The elements of a float32 tensor, or `nil` for other dtypes.
    public var floats: [Float]? {
        if case .float32(let values) = storage { return values }
        return nil
    }

    /// The elements of a float64 tensor, or `nil` for other dtypes.
    public var float64Values: [Double]? {
        if case .float64(let values) = storage { return values }
        return nil
    }

    /// The elements of an int32 tensor, or `nil` for other dtypes.
    public var int32s: [Int32]? {
        if case .int32(let values) = storage { return values }
        return nil
    }

    /// The elements of a bool tensor, or `nil` for other dtypes.
    public var bools: [Bool]? {
        if case .bool(let values) = storage { return values }
        return nil
    }

    /// The single element, converted to `Double`.
    /// - Throws: `TensorError` unless the tensor has exactly one element.
    public func scalarValue() throws(TensorError) -> Double {
        guard scalarCount == 1 else {
            throw .notOneElement(shape, scalarCount)
        }
        return storage.doubles[0]
    }
}

extension TensorError {
    static func notInt32(_ value: Double) -> TensorError {
        TensorError("Tensor: \(value) is not a valid int32 value")
    }

    static func notOneElement(_ shape: [Int], _ count: Int) -> TensorError {
        TensorError("scalar: a tensor of shape \(shape) has \(count) elements, not exactly one")
    }
}
