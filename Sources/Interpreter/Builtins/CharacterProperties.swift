/// The properties of a `Character` (`isLetter`, `isNumber`, `asciiValue`, …). A character is a
/// one-character `String` here, so these read the string's only character.
enum CharacterProperties {
    /// The names of the Boolean properties.
    static let tests: Set<String> = [
        "isLetter", "isNumber", "isWholeNumber", "isWhitespace", "isNewline", "isPunctuation", "isSymbol",
        "isUppercase", "isLowercase", "isASCII", "isHexDigit", "isCased",
    ]

    /// The property called `name`, or nil when characters have none of that name.
    static func property(_ name: String) -> ((Value) throws -> Value)? {
        guard tests.contains(name) || name == "asciiValue" || name == "wholeNumberValue" else { return nil }
        return { v in
            guard case .string(let s) = v, s.count == 1, let c = s.first else { throw Properties.noMember(v, name) }
            switch name {
            case "isLetter": return .bool(c.isLetter)
            case "isNumber": return .bool(c.isNumber)
            case "isWholeNumber": return .bool(c.isWholeNumber)
            case "isWhitespace": return .bool(c.isWhitespace)
            case "isNewline": return .bool(c.isNewline)
            case "isPunctuation": return .bool(c.isPunctuation)
            case "isSymbol": return .bool(c.isSymbol)
            case "isUppercase": return .bool(c.isUppercase)
            case "isLowercase": return .bool(c.isLowercase)
            case "isASCII": return .bool(c.isASCII)
            case "isHexDigit": return .bool(c.isHexDigit)
            case "isCased": return .bool(c.isCased)
            case "asciiValue": return c.asciiValue.map { .some(.int(Int($0))) } ?? .none
            default: return c.wholeNumberValue.map { .some(.int($0)) } ?? .none
            }
        }
    }
}
