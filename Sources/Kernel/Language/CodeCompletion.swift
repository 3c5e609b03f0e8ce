/// Answers `complete_request` and `inspect_request`: names in scope (built-ins and the author's
/// declarations), members after a `.`, and the signature and doc line of the name under the cursor.
struct CodeCompletion {
    /// The author's declarations so far.
    var declarations = DeclarationIndex()

    /// What `complete` proposes for the text before `cursor` (a count of Unicode scalars, as Jupyter counts).
    /// - Returns: The sorted matches and the scalar range of `code` they replace.
    func complete(_ code: String, cursor: Int) -> (matches: [String], start: Int, end: Int) {
        let scalars = Array(code.unicodeScalars)
        let end = min(max(cursor, 0), scalars.count)
        let start = Self.wordStart(scalars, before: end)
        let prefix = String(String.UnicodeScalarView(scalars[start..<end]))
        let candidates: [String]
        if start > 0, scalars[start - 1] == "." {
            candidates = members(of: Self.receiver(scalars, dot: start - 1)).map(\.name)
        } else {
            // Names the code being typed declares count too (`let rate = 0.1\nra` offers `rate`).
            var inScope = declarations
            inScope.add(cell: String(String.UnicodeScalarView(scalars[..<start])))
            candidates = BuiltinCatalog.globals.map(\.name) + BuiltinCatalog.keywords + inScope.declarations.keys
        }
        let matches = Set(candidates.filter { $0.hasPrefix(prefix) }).sorted()
        return (matches, start, end)
    }

    /// The signature and doc of the name at `cursor` (inside it or just after it), nil when unknown.
    func inspect(_ code: String, cursor: Int) -> String? {
        let scalars = Array(code.unicodeScalars)
        var end = min(max(cursor, 0), scalars.count)
        while end < scalars.count, Self.isIdentifier(scalars[end]) { end += 1 }
        // A cursor just after `f(` asks about `f`, as in IPython.
        var wordEnd = end
        if wordEnd > 0, scalars[wordEnd - 1] == "(" { wordEnd -= 1 }
        let start = Self.wordStart(scalars, before: wordEnd)
        guard start < wordEnd else { return nil }
        let name = String(String.UnicodeScalarView(scalars[start..<wordEnd]))
        if start > 0, scalars[start - 1] == "." {
            let entry = members(of: Self.receiver(scalars, dot: start - 1)).first { $0.name == name }
            return entry.map { "\($0.signature)\n\($0.doc)" }
        }
        if let declared = declarations.declarations[name] {
            return declared.doc.isEmpty ? declared.signature : "\(declared.signature)\n\(declared.doc)"
        }
        return BuiltinCatalog.globals.first { $0.name == name }.map { "\($0.signature)\n\($0.doc)" }
    }

    /// The members offered after `receiver.`: a type's static members, a known value type's members, or
    /// every instance member nbrun knows when the receiver's type cannot be told.
    private func members(of receiver: String) -> [BuiltinCatalog.Entry] {
        if let statics = BuiltinCatalog.staticMembers[receiver] { return statics }
        if let type = declarations.declarations[receiver]?.type, let members = BuiltinCatalog.instanceMembers[type] {
            return members
        }
        return BuiltinCatalog.instanceMembers.values.flatMap { $0 }
    }

    private static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    private static func wordStart(_ scalars: [Unicode.Scalar], before end: Int) -> Int {
        var start = end
        while start > 0, isIdentifier(scalars[start - 1]) { start -= 1 }
        return start
    }

    /// The identifier right before the `.` at `dot` (empty for `).` or `].`).
    private static func receiver(_ scalars: [Unicode.Scalar], dot: Int) -> String {
        String(String.UnicodeScalarView(scalars[wordStart(scalars, before: dot)..<dot]))
    }
}
