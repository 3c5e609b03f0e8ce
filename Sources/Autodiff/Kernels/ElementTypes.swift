#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the generic reduction kernels need from an element type; integer addition wraps (as TensorFlow's).
protocol NumericElement: Comparable {
    static var zeroValue: Self { get }
    /// The identity of `max` (minus infinity for floats).
    static var lowestValue: Self { get }
    static func add(_ a: Self, _ b: Self) -> Self
}

/// The math functions of float32 and float64, mapped to the C library's `sinf`/`sin` family.
protocol FloatElement: NumericElement, BinaryFloatingPoint {
    static func sine(_ x: Self) -> Self
    static func cosine(_ x: Self) -> Self
    static func tangent(_ x: Self) -> Self
    static func exponential(_ x: Self) -> Self
    static func logarithm(_ x: Self) -> Self
    static func hyperbolicTangent(_ x: Self) -> Self
    static func power(_ x: Self, _ y: Self) -> Self
    static func logOnePlus(_ x: Self) -> Self
    static func exponentialMinusOne(_ x: Self) -> Self
    static func errorFunction(_ x: Self) -> Self
}

extension Float: FloatElement {
    static var zeroValue: Float { 0 }
    static var lowestValue: Float { -.infinity }
    @inline(__always) static func add(_ a: Float, _ b: Float) -> Float { a + b }
    @inline(__always) static func sine(_ x: Float) -> Float { sinf(x) }
    @inline(__always) static func cosine(_ x: Float) -> Float { cosf(x) }
    @inline(__always) static func tangent(_ x: Float) -> Float { tanf(x) }
    @inline(__always) static func exponential(_ x: Float) -> Float { expf(x) }
    @inline(__always) static func logarithm(_ x: Float) -> Float { logf(x) }
    @inline(__always) static func hyperbolicTangent(_ x: Float) -> Float { tanhf(x) }
    @inline(__always) static func power(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    @inline(__always) static func logOnePlus(_ x: Float) -> Float { log1pf(x) }
    @inline(__always) static func exponentialMinusOne(_ x: Float) -> Float { expm1f(x) }
    @inline(__always) static func errorFunction(_ x: Float) -> Float { erff(x) }
}

extension Double: FloatElement {
    static var zeroValue: Double { 0 }
    static var lowestValue: Double { -.infinity }
    @inline(__always) static func add(_ a: Double, _ b: Double) -> Double { a + b }
    @inline(__always) static func sine(_ x: Double) -> Double { sin(x) }
    @inline(__always) static func cosine(_ x: Double) -> Double { cos(x) }
    @inline(__always) static func tangent(_ x: Double) -> Double { tan(x) }
    @inline(__always) static func exponential(_ x: Double) -> Double { exp(x) }
    @inline(__always) static func logarithm(_ x: Double) -> Double { log(x) }
    @inline(__always) static func hyperbolicTangent(_ x: Double) -> Double { tanh(x) }
    @inline(__always) static func power(_ x: Double, _ y: Double) -> Double { pow(x, y) }
    @inline(__always) static func logOnePlus(_ x: Double) -> Double { log1p(x) }
    @inline(__always) static func exponentialMinusOne(_ x: Double) -> Double { expm1(x) }
    @inline(__always) static func errorFunction(_ x: Double) -> Double { erf(x) }
}

extension Int32: NumericElement {
    static var zeroValue: Int32 { 0 }
    static var lowestValue: Int32 { .min }
    @inline(__always) static func add(_ a: Int32, _ b: Int32) -> Int32 { a &+ b }

    /// Integer power by squaring, wrapping on overflow; `nil` for a negative exponent.
    static func wrappingPower(_ base: Int32, _ exponent: Int32) -> Int32? {
        guard exponent >= 0 else { return nil }
        var result: Int32 = 1
        var factor = base
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result = result &* factor }
            factor = factor &* factor
            remaining >>= 1
        }
        return result
    }
}
