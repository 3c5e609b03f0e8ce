/// Exponentiation, binding tighter than `*` and right-associative (as in the notebook language).
precedencegroup ExponentiationPrecedence {
    associativity: right
    higherThan: MultiplicationPrecedence
}

/// `a ** b`: element-wise power.
infix operator ** : ExponentiationPrecedence

/// Swift operators over tensors and numbers; each forwards to the named function.
extension Tensor {
    /// `add(a, b)`.
    public static func + (a: Tensor, b: Tensor) throws(TensorError) -> Tensor { try add(a, b) }
    /// `add(a, b)` with `b` as a scalar of `a`'s dtype.
    public static func + (a: Tensor, b: Double) throws(TensorError) -> Tensor { try add(a, scalar(b, like: a, op: "add")) }
    /// `add(a, b)` with `a` as a scalar of `b`'s dtype.
    public static func + (a: Double, b: Tensor) throws(TensorError) -> Tensor { try add(scalar(a, like: b, op: "add"), b) }

    /// `subtract(a, b)`.
    public static func - (a: Tensor, b: Tensor) throws(TensorError) -> Tensor { try subtract(a, b) }
    /// `subtract(a, b)` with `b` as a scalar of `a`'s dtype.
    public static func - (a: Tensor, b: Double) throws(TensorError) -> Tensor {
        try subtract(a, scalar(b, like: a, op: "subtract"))
    }
    /// `subtract(a, b)` with `a` as a scalar of `b`'s dtype.
    public static func - (a: Double, b: Tensor) throws(TensorError) -> Tensor {
        try subtract(scalar(a, like: b, op: "subtract"), b)
    }

    /// `multiply(a, b)`.
    public static func * (a: Tensor, b: Tensor) throws(TensorError) -> Tensor { try multiply(a, b) }
    /// `multiply(a, b)` with `b` as a scalar of `a`'s dtype.
    public static func * (a: Tensor, b: Double) throws(TensorError) -> Tensor {
        try multiply(a, scalar(b, like: a, op: "multiply"))
    }
    /// `multiply(a, b)` with `a` as a scalar of `b`'s dtype.
    public static func * (a: Double, b: Tensor) throws(TensorError) -> Tensor {
        try multiply(scalar(a, like: b, op: "multiply"), b)
    }

    /// `divide(a, b)`.
    public static func / (a: Tensor, b: Tensor) throws(TensorError) -> Tensor { try divide(a, b) }
    /// `divide(a, b)` with `b` as a scalar of `a`'s dtype.
    public static func / (a: Tensor, b: Double) throws(TensorError) -> Tensor {
        try divide(a, scalar(b, like: a, op: "divide"))
    }
    /// `divide(a, b)` with `a` as a scalar of `b`'s dtype.
    public static func / (a: Double, b: Tensor) throws(TensorError) -> Tensor {
        try divide(scalar(a, like: b, op: "divide"), b)
    }

    /// `pow(a, b)`.
    public static func ** (a: Tensor, b: Tensor) throws(TensorError) -> Tensor { try pow(a, b) }
    /// `pow(a, b)` with `b` as a scalar of `a`'s dtype.
    public static func ** (a: Tensor, b: Double) throws(TensorError) -> Tensor { try pow(a, scalar(b, like: a, op: "pow")) }
    /// `pow(a, b)` with `a` as a scalar of `b`'s dtype.
    public static func ** (a: Double, b: Tensor) throws(TensorError) -> Tensor { try pow(scalar(a, like: b, op: "pow"), b) }

    /// `negate(x)`.
    public static prefix func - (x: Tensor) throws(TensorError) -> Tensor { try negate(x) }
}
