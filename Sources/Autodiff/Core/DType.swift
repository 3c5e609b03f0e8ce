/// The element type of a tensor; each case is stored in its own Swift type.
///
/// `float32` is stored as `Float`, `float64` as `Double`, `int32` as `Int32` and
/// `bool` as `Bool`. Only the floating-point types carry gradients.
public enum DType: String, Sendable, CaseIterable {
    /// 32-bit IEEE floating point (`Float`); the default element type.
    case float32
    /// 64-bit IEEE floating point (`Double`).
    case float64
    /// 32-bit signed integer (`Int32`); arithmetic wraps on overflow, as in TensorFlow.
    case int32
    /// Boolean (`Bool`); no arithmetic.
    case bool

    /// Whether values of this type can carry gradients (TensorFlow: only floating types do).
    public var isFloatingPoint: Bool {
        self == .float32 || self == .float64
    }
}
