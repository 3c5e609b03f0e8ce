import Foundation

/// Binary operators on run-time values with Swift's semantics (trapping Int arithmetic, IEEE floating
/// point). Values whose types were not known statically go through here; mixed number kinds (only
/// possible for values of unknown static type, e.g. native results) are promoted leniently.
enum Arithmetic {
    static func apply(_ op: String, _ a: Value, _ b: Value, _ rt: Runtime) throws -> Value {
        switch (a, b) {
        case (.int(let x), .int(let y)): return try int(op, x, y)
        case (.double(let x), .double(let y)): return try double(op, x, y)
        case (.float(let x), .float(let y)): return try float(op, x, y)
        case (.string(let x), .string(let y)) where op == "+":
            try Conversions.checkGrowth(x.utf8.count, by: y.utf8.count, "string")
            return .string(x + y)
        case (.array(let x), .array(let y)) where op == "+":
            try Conversions.checkGrowth(x.count, by: y.count, "array")
            return .array(x + y)
        case (.native, _), (_, .native):
            if let handler = rt.binaryOperator, let result = try handler(op, a, b, rt.nativeContext) { return result }
        case (.float(let x), .int(let y)): return try float(op, x, Float(y))
        case (.int(let x), .float(let y)): return try float(op, Float(x), y)
        case (.double, _), (_, .double):
            if let x = a.numericDouble, let y = b.numericDouble { return try double(op, x, y) }
        default:
            if let result = try declaredOperator(op, a, b, rt) { return result }
        }
        throw RuntimeFailure("binary operator '\(op)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
    }

    /// `op` on values of declared types through the implementation they declare (`static func +`),
    /// the one whose operand types the values have: an operator used as a function value
    /// (`vectors.reduce(.zero, +)`). Nil when neither operand's type declares one that fits.
    private static func declaredOperator(_ op: String, _ a: Value, _ b: Value, _ rt: Runtime) throws -> Value? {
        for type in [a.declaredType, b.declaredType].compactMap({ $0 }) {
            let fitting = Lowerer.operatorOverloads(op, in: type.staticMethods).first { method in
                let types = method.signature.types
                return types.count == 2 && a.hasType(types[0]) && b.hasType(types[1])
            }
            if let fn = fitting?.function { return try rt.invoke(fn, a, b) }
        }
        return nil
    }

    @inline(__always)
    static func int(_ op: String, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case "+": return .int(try check(x.addingReportingOverflow(y)))
        case "-": return .int(try check(x.subtractingReportingOverflow(y)))
        case "*": return .int(try check(x.multipliedReportingOverflow(by: y)))
        case "/":
            if y == 0 { throw RuntimeFailure.divisionByZero }
            if x == .min && y == -1 { throw RuntimeFailure.divisionOverflow }
            return .int(x / y)
        case "%":
            if y == 0 { throw RuntimeFailure.remainderByZero }
            if x == .min && y == -1 { throw RuntimeFailure.remainderOverflow }
            return .int(x % y)
        case "**": return .int(try power(x, y))
        // (The bitwise and wrapping operators, reached from their compound assignments: `x &+= y`.)
        case "&": return .int(x & y)
        case "|": return .int(x | y)
        case "^": return .int(x ^ y)
        case "<<": return .int(x << y)
        case ">>": return .int(x >> y)
        case "&+": return .int(x &+ y)
        case "&-": return .int(x &- y)
        case "&*": return .int(x &* y)
        default: throw RuntimeFailure("operator '\(op)' does not apply to Int")
        }
    }

    @inline(__always)
    static func check(_ r: (partialValue: Int, overflow: Bool)) throws -> Int {
        if r.overflow { throw RuntimeFailure.overflow }
        return r.partialValue
    }

    /// Integer power by squaring, trapping on overflow (negative exponents give 0 except for ±1).
    static func power(_ base: Int, _ exponent: Int) throws -> Int {
        if exponent < 0 { return base == 1 ? 1 : (base == -1 ? (exponent % 2 == 0 ? 1 : -1) : 0) }
        var result = 1, b = base, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = try check(result.multipliedReportingOverflow(by: b)) }
            e >>= 1
            if e > 0 { b = try check(b.multipliedReportingOverflow(by: b)) }
        }
        return result
    }

    static func double(_ op: String, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case "+": return .double(x + y)
        case "-": return .double(x - y)
        case "*": return .double(x * y)
        case "/": return .double(x / y)
        case "**": return .double(Foundation.pow(x, y))
        case "%": return .double(x.truncatingRemainder(dividingBy: y))
        default: throw RuntimeFailure("operator '\(op)' does not apply to Double")
        }
    }

    static func float(_ op: String, _ x: Float, _ y: Float) throws -> Value {
        switch op {
        case "+": return .float(x + y)
        case "-": return .float(x - y)
        case "*": return .float(x * y)
        case "/": return .float(x / y)
        case "**": return .float(Foundation.powf(x, y))
        case "%": return .float(x.truncatingRemainder(dividingBy: y))
        default: throw RuntimeFailure("operator '\(op)' does not apply to Float")
        }
    }

    /// `-x`, `!x`, `+x`.
    static func prefix(_ op: String, _ v: Value, _ rt: Runtime) throws -> Value {
        switch (op, v) {
        case ("-", .int(let x)): return .int(try check(Int(0).subtractingReportingOverflow(x)))
        case ("~", .int(let x)): return .int(~x)
        case ("-", .double(let x)): return .double(-x)
        case ("-", .float(let x)): return .float(-x)
        case ("+", .int), ("+", .double), ("+", .float): return v
        case ("!", .bool(let b)): return .bool(!b)
        case (_, .native):
            if let handler = rt.prefixOperator, let result = try handler(op, v, rt.nativeContext) { return result }
        default: break
        }
        throw RuntimeFailure("unary operator '\(op)' cannot be applied to an operand of type '\(v.typeName)'")
    }
}

/// Swift `==` on values (arrays, dictionaries, tuples and optionals compare structurally).
func valuesEqual(_ a: Value, _ b: Value) throws -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.double(let x), .double(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.bool(let x), .bool(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.none, .none), (.void, .void): return true
    case (.none, _), (_, .none): return false
    case (.some(let x), .some(let y)): return try valuesEqual(x, y)
    case (.some(let x), _): return try valuesEqual(x, b)
    case (_, .some(let y)): return try valuesEqual(a, y)
    case (.array(let x), .array(let y)):
        guard x.count == y.count else { return false }
        for (p, q) in zip(x, y) where try !valuesEqual(p, q) { return false }
        return true
    case (.tuple(let x), .tuple(let y)):
        guard x.elements.count == y.elements.count else { return false }
        for (p, q) in zip(x.elements, y.elements) where try !valuesEqual(p, q) { return false }
        return true
    case (.dictionary(let x), .dictionary(let y)):
        guard x.count == y.count else { return false }
        for (k, v) in zip(x.keys, x.values) {
            guard let other = try y.value(for: k), try valuesEqual(v, other) else { return false }
        }
        return true
    case (.set(let x), .set(let y)):
        guard x.count == y.count else { return false }
        return try x.elements.allSatisfy { try y.contains($0) }
    case (.range(let x), .range(let y)): return x.lower == y.lower && x.upper == y.upper
    case (.structure(let x), .structure(let y)):
        guard x.type === y.type else { return false }
        if let equals = x.type.equals { return try equals(a, b) }
        // Synthesised `Equatable`: the same type and equal stored properties.
        // (`zip` with the properties leaves out a generic value's recorded type arguments.)
        for (_, (p, q)) in zip(x.type.storedProperties, zip(x.fields, y.fields)) where try !valuesEqual(p, q) { return false }
        return true
    case (.enumeration(let x), .enumeration(let y)):
        guard x.type === y.type else { return false }
        if let equals = x.type.equals { return try equals(a, b) }
        // Synthesised `Equatable`: the same case with equal associated values.
        guard x.caseIndex == y.caseIndex else { return false }
        for (p, q) in zip(x.payload, y.payload) where try !valuesEqual(p, q) { return false }
        return true
    case (.enumeration(let x), .implicitMember(let name)), (.implicitMember(let name), .enumeration(let x)):
        // `.red` where no type was known while lowering (an untyped closure parameter's comparison).
        return x.payload.isEmpty && x.enumCase.name == name
    case (.implicitMember(let x), .implicitMember(let y)): return x == y
    case (.native(let x), .native(let y)): return x.isEqual(to: y)
    case (.object(let x), .object(let y)):
        // A class's `==` is its own (`===` compares identity); without one, instances are not Equatable.
        if let equals = x.type.inheritedEquals, y.type.isSubtype(of: x.type) || x.type.isSubtype(of: y.type) {
            return try equals(a, b)
        }
        return x === y
    default:
        if let x = a.numericDouble, let y = b.numericDouble { return x == y }
        throw RuntimeFailure("binary operator '==' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
    }
}

/// Three-way comparison of two values of a declared type through its own `<`.
private func compare(_ a: Value, _ b: Value, by less: (Value, Value) throws -> Bool) throws -> Int {
    try less(a, b) ? -1 : (try less(b, a) ? 1 : 0)
}

/// Three-way comparison for `<`, `<=`, `>`, `>=` on numbers, strings and tuples.
func compareValues(_ a: Value, _ b: Value) throws -> Int {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.string(let x), .string(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.structure(let x), .structure(let y)) where x.type === y.type && x.type.lessThan != nil:
        return try compare(a, b, by: x.type.lessThan!)
    case (.enumeration(let x), .enumeration(let y)) where x.type === y.type && x.type.lessThan != nil:
        // The enum's own `<` (Swift synthesises one by case order only when there is none).
        return try compare(a, b, by: x.type.lessThan!)
    case (.object(let x), .object(let y)) where x.type === y.type && x.type.lessThan != nil:
        return try compare(a, b, by: x.type.lessThan!)
    case (.tuple(let x), .tuple(let y)) where x.elements.count == y.elements.count:
        for (p, q) in zip(x.elements, y.elements) {
            let c = try compareValues(p, q)
            if c != 0 { return c }
        }
        return 0
    case (.enumeration(let x), .enumeration(let y)) where x.type === y.type:
        // Synthesised `Comparable`: declaration order of the cases, then the associated values.
        if x.caseIndex != y.caseIndex { return x.caseIndex < y.caseIndex ? -1 : 1 }
        for (p, q) in zip(x.payload, y.payload) {
            let c = try compareValues(p, q)
            if c != 0 { return c }
        }
        return 0
    default:
        if let x = a.numericDouble, let y = b.numericDouble {
            // NaN compares unordered: every relational operator must be false, which 2 achieves
            // for `<`/`<=` but not `>`; callers use `isOrdered` for the full rule.
            return x < y ? -1 : (x == y ? 0 : (x > y ? 1 : 2))
        }
        throw RuntimeFailure("binary operator '<' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
    }
}

/// Applies a relational operator to a three-way comparison result (2 means unordered: NaN).
@inline(__always)
func relation(_ op: String, _ c: Int) -> Bool {
    if c == 2 { return false }
    switch op {
    case "<": return c < 0
    case "<=": return c <= 0
    case ">": return c > 0
    default: return c >= 0
    }
}
