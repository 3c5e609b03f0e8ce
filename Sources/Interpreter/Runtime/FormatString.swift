import Foundation

/// `String(format:)` with C printf rules, as Foundation implements them.
///
/// The format is split into its conversion specifications; each numeric one is handed with its single
/// argument to Foundation's own `String(format:)`, so widths, precision and flags behave exactly as
/// in Swift. `%@` takes any value and prints its description (strings as they are).
enum FormatString {
    static func format(_ format: String, _ args: [Value]) throws -> String {
        var out = ""
        var next = 0
        var chars = Substring(format)
        while let percent = chars.firstIndex(of: "%") {
            out += chars[..<percent]
            chars = chars[chars.index(after: percent)...]
            var spec = "%"
            // flags, width, precision, length modifiers, then the conversion character
            while let c = chars.first, "-+ #0123456789.lhqLzjt'".contains(c) {
                spec.append(c)
                chars = chars.dropFirst()
            }
            guard let conversion = chars.first else { throw RuntimeFailure("String(format:): incomplete format specifier") }
            chars = chars.dropFirst()
            if conversion == "%" {
                out += "%"
                continue
            }
            guard next < args.count else { throw RuntimeFailure("String(format:): too few arguments for the format") }
            let arg = args[next]
            next += 1
            out += try render(spec, conversion, arg)
        }
        out += chars
        return out
    }

    static func render(_ spec: String, _ conversion: Character, _ arg: Value) throws -> String {
        let full = spec + String(conversion)
        switch conversion {
        case "d", "i", "x", "X", "o", "u", "c":
            // As written: without `l`, `%d` and `%x` read 32 bits of the Int, as they do in Swift
            // (`String(format: "%d", 5_000_000_000)` is `705032704`); `%ld` reads all 64.
            switch arg {
            case .int(let i): return String(format: full, i)
            case .bool(let b): return String(format: full, b ? 1 : 0)
            default: throw mismatch(full, arg)
            }
        case "f", "F", "e", "E", "g", "G", "a", "A":
            guard let d = arg.numericDouble, !arg.isInt else { throw mismatch(full, arg) }
            return String(format: full, d)
        case "@", "s":
            let text = arg.description
            // Apply width and precision with %s semantics on the UTF-8 text.
            let padded = String(format: spec.replacingOccurrences(of: "l", with: "") + "@", text as NSString)
            return padded
        default:
            throw RuntimeFailure("String(format:): unsupported conversion '%\(conversion)'")
        }
    }

    static func mismatch(_ spec: String, _ arg: Value) -> RuntimeFailure {
        RuntimeFailure("String(format:): argument of type '\(arg.typeName)' does not match '\(spec)'")
    }
}
