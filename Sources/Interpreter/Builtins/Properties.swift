import Foundation

/// Built-in properties (`count`, `first`, `keys`, ...) and mutating methods (`append`, `remove(at:)`, ...).
enum Properties {
    /// The property called `name` on non-native receivers, or nil if there is none.
    static func property(_ name: String) -> ((Value) throws -> Value)? {
        switch name {
        case "unicodeScalars": return UnicodeScalars.scalars
        case "capitalized":
            // Foundation's: each word's first letter upper-cased, the rest lower-cased.
            return { v in
                guard case .string(let s) = v else { throw noMember(v, name) }
                return .string(s.capitalized)
            }
        case "value": return UnicodeScalars.value
        case "lazy":
            // `xs.lazy.map { … }`: the same elements, walked eagerly (the same results for finite sequences
            // and closures without side effects; see docs/language.md).
            return { v in
                switch v {
                case .array, .range, .string, .dictionary, .set: return v
                default: throw noMember(v, name)
                }
            }
        case "count":
            return { v in
                switch v {
                case .array(let a): return .int(a.count)
                case .dictionary(let d): return .int(d.count)
                case .set(let set): return .int(set.count)
                case .string(let s): return .int(s.characterCount)
                case .range(let r): return .int(r.count)
                default: throw noMember(v, name)
                }
            }
        case "isEmpty":
            return { v in
                switch v {
                case .array(let a): return .bool(a.isEmpty)
                case .dictionary(let d): return .bool(d.count == 0)
                case .set(let set): return .bool(set.count == 0)
                case .string(let s): return .bool(s.isEmpty)
                case .range(let r): return .bool(r.count == 0)
                default: throw noMember(v, name)
                }
            }
        case "first", "last":
            return { v in
                if case .string(let s) = v {
                    let c = name == "first" ? s.first : s.last
                    return c.map { .some(.string(String($0))) } ?? .none
                }
                let items = try iterationElements(v)
                return (name == "first" ? items.first : items.last).map { .some($0) } ?? .none
            }
        case "keys", "values":
            return { v in
                guard case .dictionary(let d) = v else { throw noMember(v, name) }
                return .array(name == "keys" ? d.keys : d.values)
            }
        case "indices":
            return { v in
                switch v {
                case .array(let a): return .range(IntRange(lower: 0, upper: a.count, closed: false))
                default: throw noMember(v, name)
                }
            }
        case "lowerBound", "upperBound":
            return { v in
                guard case .range(let r) = v else { throw noMember(v, name) }
                return .int(name == "lowerBound" ? r.lower : (r.closed ? r.upper - 1 : r.upper))
            }
        case "magnitude":
            return { v in
                switch v {
                case .int(let i): return .int(Int(exactly: i.magnitude) ?? .max)
                case .double(let d): return .double(d.magnitude)
                case .float(let f): return .float(f.magnitude)
                default: throw noMember(v, name)
                }
            }
        case "isNaN", "isInfinite", "isFinite", "isZero":
            return { v in
                guard let d = v.numericDouble, !(v.isInt) else { throw noMember(v, name) }
                switch name {
                case "isNaN": return .bool(d.isNaN)
                case "isInfinite": return .bool(d.isInfinite)
                case "isZero": return .bool(d.isZero)
                default: return .bool(d.isFinite)
                }
            }
        case "description": return { v in .string(v.describingText) }
        case "debugDescription": return { v in .string(v.debugDescription) }
        case "sign":
            // `FloatingPointSign`, as the implicit member it is compared with (`x.sign == .minus`).
            return { v in
                switch v {
                case .double(let x): return .implicitMember(x.sign == .minus ? "minus" : "plus")
                case .float(let x): return .implicitMember(x.sign == .minus ? "minus" : "plus")
                default: throw noMember(v, name)
                }
            }
        default: return CharacterProperties.property(name)
        }
    }

    static func noMember(_ v: Value, _ name: String) -> RuntimeFailure {
        RuntimeFailure("value of type '\(v.typeName)' has no member '\(name)'")
    }

    /// Names of the built-in mutating methods (they need an assignable receiver).
    static let mutatingNames = Set<String>([
        "append", "insert", "remove", "removeLast", "removeFirst", "removeAll", "sort", "reverse",
        "popLast", "removeValue", "updateValue", "swapAt", "reserveCapacity", "toggle", "shuffle",
        "replaceSubrange", "partition",
    ]).union(SetMethods.mutatingNames)

    /// The mutating method called `name`: changes the receiver in place and returns the call's result.
    static func mutating(_ name: String, labels: [String?]) -> ((inout Value, [Value], Runtime) throws -> Value)? {
        let general = generalMutating(name, labels: labels)
        guard let forSets = SetMethods.mutating(name, labels: labels) else { return general }
        return { r, a, rt in
            if case .set = r { return try forSets(&r, a, rt) }
            guard let general else { throw noMember(r, name) }
            return try general(&r, a, rt)
        }
    }

    /// The mutating methods of arrays, dictionaries and strings.
    private static func generalMutating(_ name: String, labels: [String?]) -> ((inout Value, [Value], Runtime) throws -> Value)? {
        switch (name, labels) {
        case ("append", [nil]):
            return { r, a, _ in
                if r.isArray {
                    try r.withArray { $0.append(a[0]) }
                } else if case .string = r {
                    let tail = try Methods.string(a[0])
                    try r.withString {
                        try Conversions.checkGrowth($0.utf8.count, by: tail.utf8.count, "string")
                        $0 += tail
                    }
                } else {
                    throw noMember(r, name)
                }
                return .void
            }
        case ("append", ["contentsOf"]):
            return { r, a, _ in
                guard r.isArray else { throw noMember(r, name) }
                let tail = try iterationElements(a[0])
                try r.withArray {
                    try Conversions.checkGrowth($0.count, by: tail.count, "array")
                    $0.append(contentsOf: tail)
                }
                return .void
            }
        case ("insert", [nil, "at"]):
            return { r, a, _ in
                try r.withArray { items in
                    let i = try asInt(a[1])
                    guard i >= 0 && i <= items.count else { throw RuntimeFailure("Array index is out of range") }
                    items.insert(a[0], at: i)
                    return .void
                }
            }
        case ("remove", ["at"]):
            return { r, a, _ in
                try r.withArray { items in
                    let i = try asInt(a[0])
                    guard i >= 0 && i < items.count else { throw RuntimeFailure.indexOutOfRange }
                    return items.remove(at: i)
                }
            }
        case ("removeLast", []), ("removeFirst", []):
            return { r, _, _ in
                let empty = RuntimeFailure("Can't remove \(name == "removeLast" ? "last" : "first") element from an empty collection")
                if case .string = r {
                    // A String's elements are Characters (one-character strings here).
                    return try r.withString { text in
                        guard !text.isEmpty else { throw empty }
                        return .string(String(name == "removeLast" ? text.removeLast() : text.removeFirst()))
                    }
                }
                return try r.withArray { items in
                    guard !items.isEmpty else { throw empty }
                    return name == "removeLast" ? items.removeLast() : items.removeFirst()
                }
            }
        case ("removeLast", [nil]), ("removeFirst", [nil]):
            return { r, a, _ in
                let k = try asInt(a[0])
                guard k >= 0 else { throw RuntimeFailure("Number of elements to remove should be non-negative") }
                if case .string = r {
                    try r.withString { text in
                        guard text.count >= k else { throw RuntimeFailure("Can't remove more items from a collection than it has") }
                        name == "removeLast" ? text.removeLast(k) : text.removeFirst(k)
                    }
                } else {
                    try r.withArray { items in
                        guard items.count >= k else { throw RuntimeFailure("Can't remove more items from a collection than it has") }
                        name == "removeLast" ? items.removeLast(k) : items.removeFirst(k)
                    }
                }
                return .void
            }
        case ("reserveCapacity", [nil]):
            // Only a hint, as in Swift: arrays reserve up to a million elements (a notebook's request for
            // more must not take the memory before anything is stored), strings and dictionaries nothing.
            return { r, a, _ in
                let wanted = try asInt(a[0])
                switch r {
                case .array: try r.withArray { $0.reserveCapacity(min(max(wanted, 0), 1 << 20)) }
                case .string, .dictionary: break
                default: throw noMember(r, name)
                }
                return .void
            }
        case ("replaceSubrange", [nil, "with"]):
            return { r, a, _ in
                guard case .range(let range) = a[0] else { throw RuntimeFailure("replaceSubrange(_:with:) needs a range") }
                let replacement = try Methods.elements(a[1])
                try r.withArray { items in
                    guard range.lower >= 0, range.upper <= items.count else { throw RuntimeFailure("Array replace: subrange extends past the end") }
                    items.replaceSubrange(range.lower..<range.upper, with: replacement)
                }
                return .void
            }
        case ("partition", ["by"]), ("partition", [nil]):
            // Swift's own algorithm, so the elements end in the order Swift leaves them.
            return { r, a, rt in
                let belongsInSecond = try Methods.fn(a, 0)
                var failure: Error?
                let pivot = try r.withArray { items in
                    items.partition { element in
                        guard failure == nil else { return false }
                        do { return try Methods.truth(try rt.invoke(belongsInSecond, element)) } catch { failure = error; return false }
                    }
                }
                if let failure { throw failure }
                return .int(pivot)
            }
        case ("popLast", []):
            return { r, _, _ in try r.withArray { items in items.popLast().map { .some($0) } ?? .none } }
        case ("removeAll", []):
            return { r, _, _ in
                switch r {
                case .array: r = .array([])
                case .dictionary: r = .dictionary(OrderedDictionary())
                case .string: r = .string("")
                default: throw noMember(r, name)
                }
                return .void
            }
        case ("shuffle", []):
            return { r, _, rt in try RandomValues.shuffle(&r, rt) }
        case ("toggle", []):
            return { r, _, _ in
                guard case .bool(let b) = r else { throw noMember(r, name) }
                r = .bool(!b)
                return .void
            }
        case ("removeAll", ["where"]), ("removeAll", [nil]):  // (a trailing closure has no label)
            return { r, a, rt in
                try r.withArray { items in
                    let f = try Methods.fn(a, 0)
                    items = try items.filter { try !Methods.truth(try rt.invoke(f, $0)) }
                    return .void
                }
            }
        case ("sort", []), ("sort", ["by"]), ("sort", [nil]):
            return { r, a, rt in
                try r.withArray { items in
                    items = try Methods.sortValues(items, a, rt)
                    return .void
                }
            }
        case ("reverse", []):
            return { r, _, _ in
                try r.withArray { items in
                    items.reverse()
                    return .void
                }
            }
        case ("swapAt", [nil, nil]):
            return { r, a, _ in
                try r.withArray { items in
                    let i = try asInt(a[0]), j = try asInt(a[1])
                    guard items.indices.contains(i), items.indices.contains(j) else { throw RuntimeFailure.indexOutOfRange }
                    items.swapAt(i, j)
                    return .void
                }
            }
        case ("removeValue", ["forKey"]):
            return { r, a, _ in
                guard r.isDictionary else { throw noMember(r, name) }
                return try r.withDictionary { d in try d.remove(a[0]).map { .some($0) } ?? .none }
            }
        case ("updateValue", [nil, "forKey"]):
            return { r, a, _ in
                guard r.isDictionary else { throw noMember(r, name) }
                return try r.withDictionary { d in
                    let old = try d.value(for: a[1])
                    try d.set(a[0], for: a[1])
                    return old.map { .some($0) } ?? .none
                }
            }
        default: return nil
        }
    }
}

extension Value {
    var isInt: Bool {
        if case .int = self { return true }
        return false
    }
}
