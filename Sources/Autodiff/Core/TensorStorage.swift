/// Contiguous row-major elements in the dtype's own Swift type; Swift arrays give copy-on-write.
enum TensorStorage: Sendable {
    case float32([Float])
    case float64([Double])
    case int32([Int32])
    case bool([Bool])

    /// The dtype these elements belong to.
    var dtype: DType {
        switch self {
        case .float32: .float32
        case .float64: .float64
        case .int32: .int32
        case .bool: .bool
        }
    }

    /// The number of stored elements.
    var count: Int {
        switch self {
        case .float32(let values): values.count
        case .float64(let values): values.count
        case .int32(let values): values.count
        case .bool(let values): values.count
        }
    }

    /// All elements converted to `Double` (bool as 0 or 1).
    var doubles: [Double] {
        switch self {
        case .float32(let values): values.map(Double.init)
        case .float64(let values): values
        case .int32(let values): values.map(Double.init)
        case .bool(let values): values.map { $0 ? 1 : 0 }
        }
    }

    /// Storage of `dtype` holding `values`, converted with `ElementConversion` (never traps).
    static func from(_ values: [Double], dtype: DType) -> TensorStorage {
        switch dtype {
        case .float32: .float32(values.map(Float.init))
        case .float64: .float64(values)
        case .int32: .int32(values.map(ElementConversion.int32))
        case .bool: .bool(values.map { $0 != 0 })
        }
    }

    /// `count` copies of the first element, bit for bit; the storage must not be empty.
    func repeated(_ count: Int) -> TensorStorage {
        switch self {
        case .float32(let values): .float32([Float](repeating: values[0], count: count))
        case .float64(let values): .float64([Double](repeating: values[0], count: count))
        case .int32(let values): .int32([Int32](repeating: values[0], count: count))
        case .bool(let values): .bool([Bool](repeating: values[0], count: count))
        }
    }

    /// `count` copies of `value` in `dtype`.
    static func filled(_ value: Double, count: Int, dtype: DType) -> TensorStorage {
        switch dtype {
        case .float32: .float32([Float](repeating: Float(value), count: count))
        case .float64: .float64([Double](repeating: value, count: count))
        case .int32: .int32([Int32](repeating: ElementConversion.int32(value), count: count))
        case .bool: .bool([Bool](repeating: value != 0, count: count))
        }
    }
}

/// Conversions between element types that saturate instead of trapping.
enum ElementConversion {
    /// Truncates toward zero and clamps to the `Int32` range; NaN becomes 0.
    static func int32(_ value: Double) -> Int32 {
        if value.isNaN { return 0 }
        if value >= Double(Int32.max) { return .max }
        if value <= Double(Int32.min) { return .min }
        return Int32(value.rounded(.towardZero))
    }

    /// Whether `value` is a whole number in the `Int32` range.
    static func isExactInt32(_ value: Double) -> Bool {
        let lowest: Double = -2_147_483_648
        let highest: Double = 2_147_483_647
        return value.rounded(.towardZero) == value && value >= lowest && value <= highest
    }

    /// Float to `Int32` with the same rules as `int32(_:)` for `Double`.
    static func int32(_ value: Float) -> Int32 {
        int32(Double(value))
    }
}
