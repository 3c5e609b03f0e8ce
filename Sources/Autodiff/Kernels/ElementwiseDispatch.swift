/// Element-wise binary functions with NumPy broadcasting.
enum BinaryFunction {
    case add, subtract, multiply, divide, power, maximum, minimum
}

/// Element-wise unary functions.
enum UnaryFunction {
    case negate, sin, cos, tan, exp, log, sqrt, square, abs, tanh, sigmoid, relu, sign
    case log1p, expm1, floor, ceil, round, rsqrt, erf
}

/// Comparisons that produce 0/1 masks in the operand's floating dtype (used by backward rules).
enum Comparison {
    case greater, greaterEqual, lessEqual, equal
}

/// Picks the typed kernel for a dtype once per call; the loops inside are monomorphic.
///
/// Bit stability: every element is computed by the same formula wherever it sits and however long
/// the tensor is. The formulas are Swift closures over one element or pair, which Swift evaluates
/// one IEEE operation at a time (it never fuses `a * b + c` into a multiply-add, vectorised or
/// not); the one C kernel (float32 `exp`) takes the same steps as its Swift formula. A new op
/// written as one more closure here inherits this; `ElementwiseBitStabilityTests` lists every op.
enum Elementwise {
    static func binary(_ fn: BinaryFunction, _ a: Tensor, _ b: Tensor, op: String) throws(TensorError) -> Tensor {
        guard a.dtype == b.dtype else { throw .dtypeMismatch(op, a.dtype, b.dtype) }
        let shape = try ShapeMath.broadcast(a.shape, b.shape, op: op)
        let storage: TensorStorage
        switch (a.storage, b.storage) {
        // Scalars (eager training loops) skip the buffer machinery.
        case (.float32(let x), .float32(let y)) where x.count == 1 && y.count == 1:
            storage = .float32([floating(fn, x[0], y[0])])
        case (.float32(let x), .float32(let y)):
            storage = .float32(floating(fn, x, a.shape, y, b.shape, shape))
        case (.float64(let x), .float64(let y)):
            storage = .float64(floating(fn, x, a.shape, y, b.shape, shape))
        case (.int32(let x), .int32(let y)):
            storage = .int32(try integer(fn, x, a.shape, y, b.shape, shape, op: op))
        default:
            throw .unsupportedDType(op, a.dtype)
        }
        return Tensor(storage: storage, shape: shape)
    }

    private static func floating<T: FloatElement>(
        _ fn: BinaryFunction, _ a: [T], _ aShape: [Int], _ b: [T], _ bShape: [Int], _ shape: [Int]
    ) -> [T] {
        switch fn {
        case .add: BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 + $1 }
        case .subtract: BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 - $1 }
        case .multiply: BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 * $1 }
        case .divide: BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 / $1 }
        case .power: BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { T.power($0, $1) }
        case .maximum: BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 >= $1 || $0.isNaN ? $0 : $1 }
        case .minimum: BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 <= $1 || $0.isNaN ? $0 : $1 }
        }
    }

    /// One pair of elements; the same formulas as the buffer kernels below.
    @inline(__always)
    private static func floating<T: FloatElement>(_ fn: BinaryFunction, _ a: T, _ b: T) -> T {
        switch fn {
        case .add: a + b
        case .subtract: a - b
        case .multiply: a * b
        case .divide: a / b
        case .power: T.power(a, b)
        case .maximum: a >= b || a.isNaN ? a : b
        case .minimum: a <= b || a.isNaN ? a : b
        }
    }

    private static func integer(
        _ fn: BinaryFunction, _ a: [Int32], _ aShape: [Int], _ b: [Int32], _ bShape: [Int], _ shape: [Int],
        op: String
    ) throws(TensorError) -> [Int32] {
        switch fn {
        case .add: return BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 &+ $1 }
        case .subtract: return BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 &- $1 }
        case .multiply: return BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 &* $1 }
        case .maximum: return BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { Swift.max($0, $1) }
        case .minimum: return BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { Swift.min($0, $1) }
        case .divide:
            guard !b.contains(0) else { throw .integerDivisionByZero(op) }
            return BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) {
                $0.dividedReportingOverflow(by: $1).partialValue
            }
        case .power:
            guard !b.contains(where: { $0 < 0 }) else {
                throw .negativeIntegerPower(op)
            }
            return BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { Int32.wrappingPower($0, $1) ?? 0 }
        }
    }

    static func unary(_ fn: UnaryFunction, _ x: Tensor, op: String) throws(TensorError) -> Tensor {
        let storage: TensorStorage
        switch x.storage {
        case .float32(let v): storage = .float32(fn == .exp ? mapped(v) { VectorExp.apply($0, $1) } : floating(fn, v))
        case .float64(let v): storage = .float64(floating(fn, v))
        case .int32(let v): storage = .int32(try integer(fn, v, op: op))
        case .bool: throw .unsupportedDType(op, .bool)
        }
        return Tensor(storage: storage, shape: x.shape)
    }

    private static func floating<T: FloatElement>(_ fn: UnaryFunction, _ v: [T]) -> [T] {
        switch fn {
        case .negate: map(v) { -$0 }
        case .sin: map(v, T.sine)
        case .cos: map(v, T.cosine)
        case .tan: map(v, T.tangent)
        case .exp: map(v, T.exponential)
        case .log: map(v, T.logarithm)
        case .sqrt: map(v) { $0.squareRoot() }
        case .square: map(v) { $0 * $0 }
        case .abs: map(v) { Swift.abs($0) }
        case .tanh: map(v, T.hyperbolicTangent)
        // Split by sign so exp never overflows: both branches are in (0, 1].
        case .sigmoid: map(v) { $0 >= 0 ? 1 / (1 + T.exponential(-$0)) : T.exponential($0) / (1 + T.exponential($0)) }
        case .relu: map(v) { $0 > 0 ? $0 : 0 }
        case .sign: map(v) { $0 > 0 ? 1 : ($0 < 0 ? -1 : $0) }
        case .log1p: map(v, T.logOnePlus)
        case .expm1: map(v, T.exponentialMinusOne)
        case .floor: map(v) { $0.rounded(.down) }
        case .ceil: map(v) { $0.rounded(.up) }
        // TensorFlow rounds halves to even (banker's rounding).
        case .round: map(v) { $0.rounded(.toNearestOrEven) }
        case .rsqrt: map(v) { 1 / $0.squareRoot() }
        case .erf: map(v, T.errorFunction)
        }
    }

    /// `f` of every element into an uninitialised buffer: no zero-fill, no capacity checks, a loop
    /// the optimiser can vectorise (`Array.map` appends one element at a time).
    @inline(__always)
    private static func map<T>(_ v: [T], _ f: (T) -> T) -> [T] {
        mapped(v) { source, destination in
            for i in source.indices { destination.initializeElement(at: i, to: f(source[i])) }
        }
    }

    /// A buffer of `v.count` elements written by `kernel` from `v`'s elements.
    @inline(__always)
    private static func mapped<T>(
        _ v: [T], _ kernel: (UnsafeBufferPointer<T>, UnsafeMutableBufferPointer<T>) -> Void
    ) -> [T] {
        v.withUnsafeBufferPointer { source in
            [T](unsafeUninitializedCapacity: source.count) { destination, initialized in
                kernel(source, destination)
                initialized = source.count
            }
        }
    }

    private static func integer(_ fn: UnaryFunction, _ v: [Int32], op: String) throws(TensorError) -> [Int32] {
        switch fn {
        case .negate: v.map { 0 &- $0 }
        case .square: v.map { $0 &* $0 }
        case .abs: v.map { $0 < 0 ? 0 &- $0 : $0 }
        case .relu: v.map { Swift.max($0, 0) }
        case .sign: v.map { $0.signum() }
        default: throw .unsupportedDType(op, .int32)
        }
    }

    /// A 0/1 mask of `comparison(a, b)` (broadcast), in `a`'s floating dtype; never recorded.
    static func mask(_ comparison: Comparison, _ a: Tensor, _ b: Tensor, op: String) throws(TensorError) -> Tensor {
        guard a.dtype == b.dtype else { throw .dtypeMismatch(op, a.dtype, b.dtype) }
        let shape = try ShapeMath.broadcast(a.shape, b.shape, op: op)
        switch (a.storage, b.storage) {
        case (.float32(let x), .float32(let y)):
            return Tensor(storage: .float32(compare(comparison, x, a.shape, y, b.shape, shape)), shape: shape)
        case (.float64(let x), .float64(let y)):
            return Tensor(storage: .float64(compare(comparison, x, a.shape, y, b.shape, shape)), shape: shape)
        default:
            throw .unsupportedDType(op, a.dtype)
        }
    }

    private static func compare<T: FloatElement>(
        _ c: Comparison, _ a: [T], _ aShape: [Int], _ b: [T], _ bShape: [Int], _ shape: [Int]
    ) -> [T] {
        switch c {
        case .greater: BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 > $1 ? 1 : 0 }
        case .greaterEqual: BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 >= $1 ? 1 : 0 }
        case .lessEqual: BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 <= $1 ? 1 : 0 }
        case .equal: BroadcastKernel.apply(a, aShape, b, bShape, outShape: shape) { $0 == $1 ? 1 : 0 }
        }
    }
}

extension TensorError {
    static func integerDivisionByZero(_ op: String) -> TensorError {
        TensorError("\(op): integer division by zero")
    }

    static func negativeIntegerPower(_ op: String) -> TensorError {
        TensorError("\(op): integers cannot be raised to negative integer powers")
    }
}
