/// The properties of a `Character` (`isLetter`, `isNumber`, `asciiValue`, …). A character is a
/// one-character `String` here, so these read the string's only character.
enum CharacterProperties {
    /// The Boolean properties, by name.
    private static let booleans: [String: any KeyPath<Character, Bool> & Sendable] = [
        "isLetter": \.isLetter, "isNumber": \.isNumber, "isWholeNumber": \.isWholeNumber, "isWhitespace": \.isWhitespace,
        "isNewline": \.isNewline, "isPunctuation": \.isPunctuation, "isSymbol": \.isSymbol, "isUppercase": \.isUppercase,
        "isLowercase": \.isLowercase, "isASCII": \.isASCII, "isHexDigit": \.isHexDigit, "isCased": \.isCased,
    ]

    /// The names of the Boolean properties.
    static let tests = Set(booleans.keys)

    /// The property called `name`, or nil when characters have none of that name.
    static func property(_ name: String) -> ((Value) throws -> Value)? {
        guard tests.contains(name) || ["asciiValue", "wholeNumberValue", "hexDigitValue"].contains(name) else { return nil }
        let boolean = booleans[name]
        return { v in
            guard case .string(let s) = v, s.count == 1, let c = s.first else { throw Properties.noMember(v, name) }
            if let boolean { return .bool(c[keyPath: boolean]) }
            if name == "asciiValue" { return c.asciiValue.map { .some(.int(Int($0))) } ?? .none }
            if name == "hexDigitValue" { return c.hexDigitValue.map { .some(.int($0)) } ?? .none }
            return c.wholeNumberValue.map { .some(.int($0)) } ?? .none
        }
    }
}
