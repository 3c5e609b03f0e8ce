/// What the exhaustiveness check knows about a pattern: it matches everything, it matches one
/// constructor of the subject's type (an enum case, `true`/`false`, `nil`/`.some`, a tuple's only one)
/// with sub-patterns for the constructor's parts, or it tests something the check cannot reason
/// about (a number, a string, a range), which, as in Swift, never counts towards covering a type.
indirect enum PatternSpace {
    case any
    case constructor(Int, [PatternSpace])
    case opaque
}

/// Whether a `switch`'s patterns cover every value of its subject's type, checked as Swift does for
/// enums, `Bool` and tuples of them: the subject is covered when no value escapes every row
/// (Maranget's usefulness of a wildcard row). Rows with a `where` clause are left out by the caller.
enum Exhaustiveness {
    /// Whether `rows` (one pattern each, over `type`) leave no value unmatched.
    static func isExhaustive(_ rows: [PatternSpace], _ type: StaticType) -> Bool {
        !escapes(rows.map { [$0] }, [type])
    }

    /// The constructors of a type with their parts' types, or nil when it has too many to list.
    static func constructors(_ type: StaticType) -> [[StaticType]]? {
        switch type {
        case .bool: return [[], []]
        case .tuple(let items, _): return [items]
        case .optional(let wrapped): return [[], [wrapped]]
        case .nominal(let t) where t.kind == .enumeration: return t.enumCases.map(\.types)
        default: return nil
        }
    }

    /// Whether some value of `types` matches no row of `matrix` (each row one pattern per column).
    private static func escapes(_ matrix: [[PatternSpace]], _ types: [StaticType]) -> Bool {
        guard let first = types.first else { return matrix.isEmpty }
        let rest = Array(types.dropFirst())
        guard let all = constructors(first) else {
            // Only rows that match anything in this column can cover it.
            return escapes(defaultRows(matrix), rest)
        }
        var used: Set<Int> = []
        for row in matrix {
            if case .constructor(let c, _) = row[0] { used.insert(c) }
        }
        if used.count == all.count {
            return all.indices.contains { c in escapes(specialize(matrix, c, arity: all[c].count), all[c] + rest) }
        }
        return escapes(defaultRows(matrix), rest)
    }

    /// The rows that match constructor `c` in their first column, with its parts as new columns.
    private static func specialize(_ matrix: [[PatternSpace]], _ c: Int, arity: Int) -> [[PatternSpace]] {
        matrix.compactMap { row in
            switch row[0] {
            case .any: return Array(repeating: .any, count: arity) + row.dropFirst()
            case .constructor(let d, let parts) where d == c: return parts + row.dropFirst()
            default: return nil
            }
        }
    }

    /// The rows whose first column matches anything, without that column.
    private static func defaultRows(_ matrix: [[PatternSpace]]) -> [[PatternSpace]] {
        matrix.compactMap { row in
            if case .any = row[0] { return Array(row.dropFirst()) }
            return nil
        }
    }
}
