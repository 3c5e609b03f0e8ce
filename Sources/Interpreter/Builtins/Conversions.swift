/// `Int(x)`, `Double(x)`, `Float(x)`, `String(x)`, `Bool(x)`, `Array(x)`: conversions with Swift's traps.
enum Conversions {
    static let typeNames: Set<String> = ["Int", "Double", "Float", "String", "Bool", "Array"]
    /// The largest collection a notebook may build in one call (more would exhaust memory, not trap).
    static let maxCount = 100_000_000

    /// Throws when appending `added` elements (or UTF-8 bytes) to a collection of `count` would pass
    /// `maxCount`: a loop that doubles an array or a string (`a = a + a`, `s += s`) runs out of memory in
    /// a few dozen iterations, before the time limit is ever read (found with the fuzz target, Fuzz/).
    static func checkGrowth(_ count: Int, by added: Int, _ what: String) throws {
        guard count + added <= maxCount else {
            throw RuntimeFailure("\(what) of \(count + added) \(what == "string" ? "bytes" : "elements") is too large")
        }
    }

    static func conversion(_ name: String) -> GlobalImpl? {
        switch name {
        case "Int":
            return { args, _ in
                // `Int("ff", radix: 16)`, `Int(exactly: 3.0)` (nil unless the number is a whole Int).
                if args.count == 2, args[1].label == "radix", case .string(let s) = args[0].value {
                    let radix = try asInt(args[1].value)
                    guard (2...36).contains(radix) else { throw RuntimeFailure("Radix not in range 2...36") }
                    return Int(s, radix: radix).map { .some(.int($0)) } ?? .none
                }
                if args.count == 1, args[0].label == "exactly" {
                    switch args[0].value {
                    case .int(let n): return .some(.int(n))
                    case .double(let d): return Int(exactly: d).map { .some(.int($0)) } ?? .none
                    case .float(let f): return Int(exactly: f).map { .some(.int($0)) } ?? .none
                    case let v: throw noInit(name, v)
                    }
                }
                return try toInt(try single(args, name))
            }
        case "Double":
            return { args, _ in
                switch try single(args, name) {
                case .string(let s): return Double(s).map { .some(.double($0)) } ?? .none
                case let v:
                    guard let d = v.numericDouble else { throw noInit(name, v) }
                    return .double(d)
                }
            }
        case "Float":
            return { args, _ in
                switch try single(args, name) {
                case .string(let s): return Float(s).map { .some(.float($0)) } ?? .none
                case .double(let d): return .float(Float(d))
                case .int(let i): return .float(Float(i))
                case .float(let f): return .float(f)
                case let v: throw noInit(name, v)
                }
            }
        case "Dictionary": return DictionaryInitializers.make
        case "UnicodeScalar": return UnicodeScalars.make
        // (A Substring is a String here, as `prefix(3)` and `split` give.)
        case "Substring": return { args, _ in .string(try Methods.string(try single(args, name))) }
        case "Character":
            return { args, _ in
                let value = try single(args, name)
                guard case .string(let s) = value, s.count == 1 else {
                    throw RuntimeFailure("Can't form a Character from a String containing more than one extended grapheme cluster")
                }
                return value
            }
        case "Bool":
            return { args, _ in
                switch try single(args, name) {
                case .string(let s): return Bool(s).map { .some(.bool($0)) } ?? .none
                case .bool(let b): return .bool(b)
                case let v: throw noInit(name, v)
                }
            }
        case "String":
            return { args, _ in
                switch args.first?.label {
                case "format"?:
                    return .string(try FormatString.format(try Methods.string(args[0].value), args.dropFirst().map(\.value)))
                case "repeating"?:
                    guard args.count == 2, args[1].label == "count" else { throw RuntimeFailure("String(repeating:count:) expects two arguments") }
                    let n = try asInt(args[1].value)
                    guard n >= 0 else { throw RuntimeFailure("Negative count not allowed") }
                    guard n <= Conversions.maxCount else { throw RuntimeFailure("String(repeating:count:): count \(n) is too large") }
                    let unit = try Methods.string(args[0].value)
                    let (bytes, overflow) = unit.utf8.count.multipliedReportingOverflow(by: n)
                    try Conversions.checkGrowth(0, by: overflow ? .max : bytes, "string")
                    return .string(String(repeating: unit, count: n))
                case "reflecting"?:
                    return .string(try single(args, name, label: "reflecting").debugDescription)
                case "describing"?, nil:
                    if args.count >= 2, args.count <= 3, args[1].label == "radix" {
                        let radix = try asInt(args[1].value)
                        guard (2...36).contains(radix) else { throw RuntimeFailure("Radix must be between 2 and 36") }
                        var uppercase = false
                        if args.count == 3 {
                            guard args[2].label == "uppercase", case .bool(let u) = args[2].value else {
                                throw RuntimeFailure("no matching initializer for String")
                            }
                            uppercase = u
                        }
                        return .string(String(try asInt(args[0].value), radix: radix, uppercase: uppercase))
                    }
                    // `String(characters)`: the characters joined (Swift's `String(_: some Sequence<Character>)`).
                    if args.count == 1, args[0].label == nil, case .array(let items) = args[0].value,
                        let characters = try? Methods.joinedCharacters(items) {
                        return .string(characters)
                    }
                    return .string(try single(args, name, label: args.first?.label).describingText)
                default: throw RuntimeFailure("no matching initializer for String")
                }
            }
        case "Array":
            return { args, _ in
                if args.count == 2, args[0].label == "repeating", args[1].label == "count" {
                    let n = try asInt(args[1].value)
                    guard n >= 0 else { throw RuntimeFailure("Can't construct Array with count < 0") }
                    guard n <= Conversions.maxCount else { throw RuntimeFailure("Array(repeating:count:): count \(n) is too large") }
                    return .array(Array(repeating: args[0].value, count: n))
                }
                if args.isEmpty { return .array([]) }
                return .array(try iterationElements(try single(args, name)))
            }
        default: return nil
        }
    }

    static func single(_ args: [NativeArgument], _ name: String, label: String? = nil) throws -> Value {
        guard args.count == 1, args[0].label == label else {
            throw RuntimeFailure("no matching initializer for '\(name)' with these arguments")
        }
        return args[0].value
    }

    static func noInit(_ name: String, _ v: Value) -> RuntimeFailure {
        RuntimeFailure("no exact matches in call to initializer of '\(name)' with an argument of type '\(v.typeName)'")
    }

    /// `Int(x)`: truncates floating-point values, trapping on NaN, infinity and out-of-range values.
    static func toInt(_ v: Value) throws -> Value {
        switch v {
        case .int: return v
        case .string(let s): return Int(s).map { .some(.int($0)) } ?? .none
        case .double(let d): return .int(try checkedInt(d, "Double"))
        case .float(let f): return .int(try checkedInt(Double(f), "Float"))
        default: throw noInit("Int", v)
        }
    }

    static func checkedInt(_ d: Double, _ type: String) throws -> Int {
        if d.isNaN || d.isInfinite {
            throw RuntimeFailure("\(type) value cannot be converted to Int because it is either infinite or NaN")
        }
        if d >= 9223372036854775808.0 {
            throw RuntimeFailure("\(type) value cannot be converted to Int because the result would be greater than Int.max")
        }
        if d < -9223372036854775808.0 {
            throw RuntimeFailure("\(type) value cannot be converted to Int because the result would be less than Int.min")
        }
        return Int(d)
    }
}
