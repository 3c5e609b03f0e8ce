import SwiftSyntax

/// Number and string literals.
extension Lowerer {
    func integerLiteral(_ e: IntegerLiteralExprSyntax, expected: StaticType?) throws -> Typed {
        let text = e.literal.text.filter { $0 != "_" }
        let value: Int?
        switch text.prefix(2) {
        case "0x": value = Int(text.dropFirst(2), radix: 16)
        case "0b": value = Int(text.dropFirst(2), radix: 2)
        case "0o": value = Int(text.dropFirst(2), radix: 8)
        default: value = Int(text)
        }
        switch expected {
        case .double?, .optional(.double)?: return .constant(.double(Double(text) ?? Double(value ?? 0)), .double)
        case .float?, .optional(.float)?: return .constant(.float(Float(text) ?? Float(value ?? 0)), .float)
        default:
            guard let value else { throw fail("integer literal '\(e.literal.text)' overflows when stored into 'Int'", e) }
            return .constant(.int(value), .int)
        }
    }

    func floatLiteral(_ e: FloatLiteralExprSyntax, expected: StaticType?) throws -> Typed {
        let text = e.literal.text.filter { $0 != "_" }
        if expected == .float || expected == .optional(.float) {
            guard let f = Float(text) else { throw fail("invalid floating-point literal", e) }
            return .constant(.float(f), .float)
        }
        guard let d = Double(text) else { throw fail("invalid floating-point literal", e) }
        return .constant(.double(d), .double)
    }

    /// A string literal, with `\(...)` interpolations rendered as `print` would render them.
    func stringLiteral(_ e: StringLiteralExprSyntax) throws -> Typed {
        if let delimiter = e.openingPounds { throw unsupported("raw strings", delimiter) }
        var parts: [InterpolationPart] = []
        var literalOnly = ""
        for segment in e.segments {
            switch segment {
            case .stringSegment(let s):
                let text = try unescape(s)
                literalOnly += text
                parts.append(.literal(text))
            case .expressionSegment(let x):
                guard x.expressions.count == 1, let only = x.expressions.first, only.label == nil else {
                    throw unsupported("this interpolation", x)
                }
                let value = try lower(only.expression)
                parts.append(value.type == .int ? .int(value.intCode(pos(only.expression))) : .value(CodeBox(run: value.code)))
            }
        }
        if !parts.contains(where: \.isInterpolation) { return .constant(.string(literalOnly), .string) }
        // Room for the literal text and a short rendering of each value, so that building the
        // string usually allocates once.
        let capacity = literalOnly.utf8.count + 8 * parts.count(where: \.isInterpolation)
        let appendParts = StepChain.sequence(parts.map(\.append)[...])
        return Typed(.string) { f in
            var out = ""
            out.reserveCapacity(capacity)
            try appendParts(f, &out)
            return .string(out)
        }
    }

    /// The text of a literal string segment with escapes (`\n`, `\t`, `\"`, `\\`, `\u{...}`) resolved.
    func unescape(_ segment: StringSegmentSyntax) throws -> String {
        let raw = segment.content.text
        var out = ""
        var it = raw.makeIterator()
        while let c = it.next() {
            guard c == "\\" else { out.append(c); continue }
            switch it.next() {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "0": out.append("\0")
            case "\"": out.append("\"")
            case "'": out.append("'")
            case "\\": out.append("\\")
            case "u":
                var hex = ""
                _ = it.next()
                while let h = it.next(), h != "}" { hex.append(h) }
                guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                    throw fail("invalid unicode scalar", segment)
                }
                out.unicodeScalars.append(scalar)
            case "\n", nil: break  // line continuation in multi-line strings
            case let other?: throw fail("invalid escape sequence in literal: \\\(other)", segment)
            }
        }
        return out
    }
}

/// A piece of an interpolated string literal: literal text, an Int-typed value (rendered without
/// boxing it), or any other value (rendered by its `description`).
private enum InterpolationPart {
    case literal(String)
    case int(IntCode)
    case value(CodeBox)

    var isInterpolation: Bool {
        if case .literal = self { return false }
        return true
    }

    /// The step that appends this part's text to the string being built.
    var append: StepChain.Step<String> {
        switch self {
        case .literal(let text): return { _, out in out += text }
        case .int(let code): return { f, out in out += String(try code.run(f)) }
        case .value(let code):
            return { f, out in
                let v = try code.run(f)
                if case .string(let s) = v { out += s } else { out += v.description }
            }
        }
    }
}
