import Foundation

/// A built-in global function: receives labelled arguments.
typealias GlobalImpl = (_ args: [NativeArgument], _ rt: Runtime) throws -> Value

/// Global functions of the language (`print`, math, `min`/`max`, `stride`, `zip`, traps).
///
/// Math functions also accept native values: `sin(tensor)` is forwarded to a native function of the
/// same name when one is registered, so one name serves both Double and Tensor.
enum Builtins {
    static let unaryMath: [String: @Sendable (Double) -> Double] = [
        "sqrt": Foundation.sqrt, "sin": Foundation.sin, "cos": Foundation.cos, "tan": Foundation.tan,
        "exp": Foundation.exp, "log": Foundation.log, "log2": Foundation.log2, "log10": Foundation.log10,
        "asin": Foundation.asin, "acos": Foundation.acos, "atan": Foundation.atan, "sinh": Foundation.sinh,
        "cosh": Foundation.cosh, "tanh": Foundation.tanh, "floor": Foundation.floor, "ceil": Foundation.ceil,
        "round": Foundation.round, "exp2": Foundation.exp2, "cbrt": Foundation.cbrt,
        "log1p": Foundation.log1p, "expm1": Foundation.expm1, "erf": Foundation.erf, "erfc": Foundation.erfc,
        "trunc": Foundation.trunc, "fabs": Foundation.fabs,
    ]
    static let unaryMathFloat: [String: @Sendable (Float) -> Float] = [
        "sqrt": Foundation.sqrtf, "sin": Foundation.sinf, "cos": Foundation.cosf, "tan": Foundation.tanf,
        "exp": Foundation.expf, "log": Foundation.logf, "log2": Foundation.log2f, "log10": Foundation.log10f,
        "asin": Foundation.asinf, "acos": Foundation.acosf, "atan": Foundation.atanf, "sinh": Foundation.sinhf,
        "cosh": Foundation.coshf, "tanh": Foundation.tanhf, "floor": Foundation.floorf, "ceil": Foundation.ceilf,
        "round": Foundation.roundf, "exp2": Foundation.exp2f, "cbrt": Foundation.cbrtf,
        "log1p": Foundation.log1pf, "expm1": Foundation.expm1f, "erf": Foundation.erff, "erfc": Foundation.erfcf,
        "trunc": Foundation.truncf, "fabs": Foundation.fabsf,
    ]
    static let binaryMath: [String: @Sendable (Double, Double) -> Double] = [
        "pow": Foundation.pow, "atan2": Foundation.atan2, "hypot": Foundation.hypot, "fmod": Foundation.fmod,
    ]

    /// Every built-in global function name.
    static let globalFunctionNames: Set<String> = Set(unaryMath.keys).union(binaryMath.keys).union([
        "print", "debugPrint", "abs", "min", "max", "stride", "zip", "fatalError", "precondition", "assert",
    ])

    /// The built-in global function `name`; `native` is a registered native overload to fall back on.
    static func global(_ name: String, native: NativeFunction?) -> GlobalImpl? {
        if let d = unaryMath[name], let f = unaryMathFloat[name] {
            return { args, rt in
                switch args.first?.value {
                case .double(let x)? where args.count == 1: return .double(d(x))
                case .float(let x)? where args.count == 1: return .float(f(x))
                case .int(let x)? where args.count == 1: return .double(d(Double(x)))
                default: return try forward(name, native, args, rt)
                }
            }
        }
        if let d = binaryMath[name] {
            return { args, rt in
                if args.count == 2, let x = args[0].value.numericDouble, let y = args[1].value.numericDouble {
                    if case .float = args[0].value, case .float = args[1].value { return .float(Float(d(x, y))) }
                    return .double(d(x, y))
                }
                return try forward(name, native, args, rt)
            }
        }
        switch name {
        case "print": return { args, rt in try printValues(args, rt) }
        case "debugPrint": return { args, rt in try printValues(args, rt, debug: true) }
        case "abs":
            return { args, rt in
                switch args.first?.value {
                case .int(let x)? where args.count == 1:
                    guard x != .min else { throw RuntimeFailure.overflow }
                    return .int(Swift.abs(x))
                case .double(let x)? where args.count == 1: return .double(Swift.abs(x))
                case .float(let x)? where args.count == 1: return .float(Swift.abs(x))
                default: return try forward(name, native, args, rt)
                }
            }
        case "min", "max":
            return { args, rt in
                guard args.count >= 2, var best = args.first?.value else { return try forward(name, native, args, rt) }
                if case .native = best { return try forward(name, native, args, rt) }
                for a in args.dropFirst() {
                    let c = try compareValues(a.value, best)
                    // On a tie Swift's `min` keeps the first, `max` takes the later (`max(0.0, -0.0)` is `-0.0`).
                    if name == "min" ? c < 0 : (c >= 0 && c != 2) { best = a.value }
                }
                return best
            }
        case "stride": return { args, _ in try stride(args) }
        case "zip":
            return { args, _ in
                guard args.count == 2 else { throw RuntimeFailure("zip expects two sequences") }
                let (a, b) = try zipOperands(args[0].value, args[1].value)
                return .array(zip(a, b).map { .tuple(Tuple([$0, $1])) })
            }
        case "fatalError":
            return { args, _ in
                throw RuntimeFailure(args.first.map { $0.value.description } ?? "")
            }
        case "precondition", "assert":
            return { args, _ in
                guard case .bool(let ok)? = args.first?.value else { throw RuntimeFailure("\(name) expects a Bool") }
                if ok { return .void }
                let kind = name == "assert" ? "Assertion failed" : "Precondition failed"
                if args.count > 1 { throw RuntimeFailure("\(kind): \(args[1].value.description)") }
                throw RuntimeFailure(kind)
            }
        default:
            return nil
        }
    }

    /// Calls the native overload of a built-in name, or reports that no overload fits.
    static func forward(_ name: String, _ native: NativeFunction?, _ args: [NativeArgument], _ rt: Runtime) throws -> Value {
        if let native { return try native(args, rt.nativeContext) }
        let types = args.map { $0.value.typeName }.joined(separator: ", ")
        throw RuntimeFailure("no exact matches in call to global function '\(name)' with arguments of type (\(types))")
    }

    /// `print(items..., separator: " ", terminator: "\n")`.
    /// `print(…)`, or `debugPrint(…)` (`debug`: each item as inside a collection, strings quoted).
    static func printValues(_ args: [NativeArgument], _ rt: Runtime, debug: Bool = false) throws -> Value {
        var separator = " ", terminator = "\n"
        var items: [String] = []
        for a in args {
            switch a.label {
            case "separator"?: separator = try Methods.string(a.value)
            case "terminator"?: terminator = try Methods.string(a.value)
            default: items.append(debug ? a.value.debugDescription : a.value.description)
            }
        }
        rt.output(items.joined(separator: separator) + terminator)
        return .void
    }

    /// `stride(from:to:by:)` and `stride(from:through:by:)` over Int or Double, as an array.
    static func stride(_ args: [NativeArgument]) throws -> Value {
        guard args.count == 3, args[0].label == "from", args[2].label == "by",
            args[1].label == "to" || args[1].label == "through" else {
            throw RuntimeFailure("stride expects (from:to:by:) or (from:through:by:)")
        }
        let through = args[1].label == "through"
        if let a = args[0].value.numericDouble, let b = args[1].value.numericDouble, let s = args[2].value.numericDouble,
            s != 0, (b - a) / s > Double(Conversions.maxCount) {
            throw RuntimeFailure("stride of more than \(Conversions.maxCount) elements is too large")
        }
        if case .int(let a) = args[0].value, case .int(let b) = args[1].value, case .int(let s) = args[2].value {
            guard s != 0 else { throw RuntimeFailure("Stride size must not be zero") }
            return .array(through ? Swift.stride(from: a, through: b, by: s).map { .int($0) }
                                  : Swift.stride(from: a, to: b, by: s).map { .int($0) })
        }
        guard let a = args[0].value.numericDouble, let b = args[1].value.numericDouble,
            let s = args[2].value.numericDouble else { throw RuntimeFailure("stride expects numbers") }
        guard s != 0 else { throw RuntimeFailure("Stride size must not be zero") }
        return .array(through ? Swift.stride(from: a, through: b, by: s).map { .double($0) }
                              : Swift.stride(from: a, to: b, by: s).map { .double($0) })
    }

    /// The elements `zip` pairs up. An unbounded range (`zip(1..., losses)`, lowered as a range
    /// ending at `Int.max`) gives as many as the other sequence has.
    static func zipOperands(_ first: Value, _ second: Value) throws -> ([Value], [Value]) {
        func unboundedStart(_ v: Value) -> Int? {
            guard case .range(let r) = v, r.upper == .max, !r.closed else { return nil }
            return r.lower
        }
        switch (unboundedStart(first), unboundedStart(second)) {
        case (nil, nil): return (try iterationElements(first), try iterationElements(second))
        case (let start?, nil):
            let b = try iterationElements(second)
            return ((0..<b.count).map { .int(start + $0) }, b)
        case (nil, let start?):
            let a = try iterationElements(first)
            return (a, (0..<a.count).map { .int(start + $0) })
        case (_?, _?): throw RuntimeFailure("zip of two unbounded ranges never ends")
        }
    }
}
