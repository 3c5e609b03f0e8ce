import Foundation

/// A built-in method: receiver, positional arguments, runtime (for calling closures).
typealias MethodImpl = (_ receiver: Value, _ args: [Value], _ rt: Runtime) throws -> Value

/// Everyday members of Array, Dictionary, String, Int, Double, Float and ranges.
///
/// Methods are resolved by name once, while lowering; each returned closure then switches on the
/// receiver's kind at run time.
enum Methods {
    /// The method called `name` on non-native receivers, or nil if there is none.
    static func method(_ name: String) -> MethodImpl? {
        if let algebra = SetMethods.algebra(name) { return algebra }
        switch name {
        case "map":
            return { r, a, rt in
                let f = try fn(a, 0), items = try elements(r)
                var results: [Value] = []
                results.reserveCapacity(items.count)
                try rt.forEach(calling: f, on: items) { _, result in results.append(result) }
                return .array(results)
            }
        case "compactMap":
            return { r, a, rt in
                let f = try fn(a, 0)
                return .array(try elements(r).compactMap { e -> Value? in
                    switch try rt.invoke(f, e) {
                    case .none: return nil
                    case .some(let v): return v
                    case let v: return v
                    }
                })
            }
        case "flatMap": return { r, a, rt in .array(try elements(r).flatMap { try elements(try rt.invoke(try fn(a, 0), $0)) }) }
        case "filter":
            return { r, a, rt in
                var kept: [Value] = []
                try rt.forEach(calling: try fn(a, 0), on: try elements(r)) { element, result in
                    if try truth(result) { kept.append(element) }
                }
                switch r {
                case .set: return .set(try ValueSet(kept))  // `Set.filter` gives a set,
                case .string: return .string(try joinedCharacters(kept))  // `String.filter` a string,
                case .dictionary:  // and `Dictionary.filter` a dictionary.
                    var d = OrderedDictionary()
                    for entry in kept {
                        guard case .tuple(let pair) = entry, pair.elements.count == 2 else { continue }
                        try d.set(pair.elements[1], for: pair.elements[0])
                    }
                    return .dictionary(d)
                default: return .array(kept)
                }
            }
        case "count":
            // `count(where:)` (Swift 6); the property `count` is read elsewhere.
            return { r, a, rt in
                var matching = 0
                try rt.forEach(calling: try fn(a, 0), on: try elements(r)) { _, result in
                    if try truth(result) { matching += 1 }
                }
                return .int(matching)
            }
        case "lexicographicallyPrecedes":
            return { r, a, _ in
                guard let other = a.first else { throw RuntimeFailure("lexicographicallyPrecedes expects a sequence") }
                let x = try elements(r), y = try elements(other)
                for (p, q) in zip(x, y) {
                    let c = try compareValues(p, q)
                    if c != 0 { return .bool(c < 0) }
                }
                return .bool(x.count < y.count)
            }
        case "forEach":
            return { r, a, rt in
                try rt.forEach(calling: try fn(a, 0), on: try elements(r)) { _, _ in }
                return .void
            }
        case "reduce":
            return { r, a, rt in
                guard a.count == 2 else { throw RuntimeFailure("reduce expects an initial value and a function") }
                let f = try fn(a, 1)
                return try elements(r).reduce(a[0]) { try rt.invoke(f, $0, $1) }
            }
        case "sorted": return { r, a, rt in .array(try sortValues(try elements(r), a, rt)) }
        case "shuffled", "randomElement":
            return { r, a, rt in
                guard a.isEmpty else { throw RuntimeFailure("'\(name)(using:)' is not supported in notebooks: '\(name)()' draws from the notebook's seeded generator") }
                return name == "shuffled" ? try RandomValues.shuffled(r, rt) : try RandomValues.randomElement(r, rt)
            }
        case "reversed":
            return { r, _, _ in
                if case .string(let s) = r { return .string(String(s.reversed())) }
                return .array(try elements(r).reversed())
            }
        case "contains":
            return { r, a, rt in
                if case .string(let s) = r, case .string(let sub)? = a.first { return .bool(s.contains(sub)) }
                if case .range(let range) = r, case .int(let i)? = a.first { return .bool(i >= range.lower && i < range.upper) }
                if case .set(let set) = r, let x = a.first { if case .function = x {} else { return .bool(try set.contains(x)) } }
                if case .function(let f)? = a.first {
                    return .bool(try elements(r).contains { try truth(try rt.invoke(f, $0)) })
                }
                guard let x = a.first else { throw RuntimeFailure("contains expects an argument") }
                return .bool(try elements(r).contains { try valuesEqual($0, x) })
            }
        case "allSatisfy": return { r, a, rt in .bool(try elements(r).allSatisfy { try truth(try rt.invoke(try fn(a, 0), $0)) }) }
        case "first":
            return { r, a, rt in
                try elements(r).first { try truth(try rt.invoke(try fn(a, 0), $0)) }.map { .some($0) } ?? .none
            }
        case "last":
            return { r, a, rt in
                try elements(r).last { try truth(try rt.invoke(try fn(a, 0), $0)) }.map { .some($0) } ?? .none
            }
        case "elementsEqual":
            return { r, a, rt in
                let mine = try elements(r), theirs = try elements(a.first ?? .void)
                guard mine.count == theirs.count else { return .bool(false) }
                if case .function(let f)? = a.dropFirst().first {
                    return .bool(try zip(mine, theirs).allSatisfy { try truth(try rt.invoke(f, $0, $1)) })
                }
                return .bool(try zip(mine, theirs).allSatisfy { try valuesEqual($0, $1) })
            }
        case "clamped":
            return { r, a, _ in
                guard case .range(let x) = r, case .range(let limits)? = a.first else {
                    throw RuntimeFailure("clamped(to:) needs two ranges")
                }
                // As Swift's: each bound pulled into the limits (a closed range's by its last element).
                func clamp(_ v: Int, _ low: Int, _ high: Int) -> Int { min(max(v, low), high) }
                if x.closed {
                    let high = limits.upper - 1
                    return .range(IntRange(lower: clamp(x.lower, limits.lower, high), upper: clamp(x.upper - 1, limits.lower, high) + 1, closed: true))
                }
                return .range(IntRange(lower: clamp(x.lower, limits.lower, limits.upper), upper: clamp(x.upper, limits.lower, limits.upper), closed: false))
            }
        case "firstIndex", "lastIndex":
            return { r, a, rt in
                let items = try elements(r)
                let matches: (Value) throws -> Bool
                if case .function(let f)? = a.first {
                    matches = { try truth(try rt.invoke(f, $0)) }
                } else {
                    guard let x = a.first else { throw RuntimeFailure("\(name) expects an argument") }
                    matches = { try valuesEqual($0, x) }
                }
                let index = name == "firstIndex" ? try items.firstIndex(where: matches) : try items.lastIndex(where: matches)
                return index.map { .some(.int($0)) } ?? .none
            }
        case "min", "max":
            return { r, a, rt in
                let items = try elements(r)
                guard var best = items.first else { return .none }
                for item in items.dropFirst() {
                    let less: Bool
                    if case .function(let f)? = a.first {
                        less = name == "min" ? try truth(try rt.invoke(f, item, best)) : try truth(try rt.invoke(f, best, item))
                    } else {
                        let c = try compareValues(item, best)
                        less = name == "min" ? c < 0 : c > 0
                    }
                    if less { best = item }
                }
                return .some(best)
            }
        case "joined":
            return { r, a, _ in
                var separator = ""
                if case .string(let s)? = a.first { separator = s }
                let parts = try elements(r)
                if a.isEmpty, case .array? = parts.first {
                    // `[[1, 2], [3]].joined()`: the arrays one after another.
                    return .array(try parts.flatMap { try elements($0) })
                }
                return .string(try parts.map { v -> String in
                    guard case .string(let s) = v else { throw RuntimeFailure("joined() needs an array of strings") }
                    return s
                }.joined(separator: separator))
            }
        case "enumerated":
            return { r, _, _ in
                .array(try elements(r).enumerated().map { .tuple(Tuple([.int($0), $1], labels: ["offset", "element"])) })
            }
        case "prefix", "drop":
            return { r, a, rt in
                guard case .function(let f)? = a.first else {
                    guard name == "prefix" else { throw RuntimeFailure("drop(while:) expects a function") }
                    return try slice(r, name, max(0, try asInt(a.first ?? .int(0))))
                }
                // `prefix(while:)`, `drop(while:)`: the leading elements that pass, or the rest.
                let items = try elements(r)
                let kept = name == "prefix" ? Array(try items.prefix { try truth(try rt.invoke(f, $0)) })
                    : Array(try items.drop { try truth(try rt.invoke(f, $0)) })
                if case .string = r { return .string(try joinedCharacters(kept)) }
                return .array(kept)
            }
        case "suffix": return { r, a, _ in try slice(r, name, max(0, try asInt(a.first ?? .int(0)))) }
        case "dropFirst", "dropLast": return { r, a, _ in try slice(r, name, max(0, try asInt(a.first ?? .int(1)))) }
        case "squareRoot": return { r, _, _ in try mapNumber(r, { $0.squareRoot() }, { $0.squareRoot() }) }
        case "rounded":
            return { r, a, _ in
                let rule = try a.first.map(roundingRule) ?? .toNearestOrAwayFromZero
                return try mapNumber(r, { $0.rounded(rule) }, { $0.rounded(rule) })
            }
        case "truncatingRemainder", "remainder":
            // (`remainder(dividingBy:)` is IEEE's, rounding the quotient to the nearest integer.)
            let ieee = name == "remainder"
            return { r, a, _ in
                switch (r, a.first) {
                case (.double(let x), .double(let y)?): return .double(ieee ? x.remainder(dividingBy: y) : x.truncatingRemainder(dividingBy: y))
                case (.float(let x), .float(let y)?): return .float(ieee ? x.remainder(dividingBy: y) : x.truncatingRemainder(dividingBy: y))
                default: throw RuntimeFailure("\(name)(dividingBy:) needs two numbers of the same type")
                }
            }
        case "isMultiple":
            return { r, a, _ in
                let x = try asInt(r), y = try asInt(a.first ?? .void)
                return .bool(y == 0 ? x == 0 : x % y == 0)
            }
        case "uppercased": return { r, _, _ in .string(try string(r).uppercased()) }
        case "lowercased": return { r, _, _ in .string(try string(r).lowercased()) }
        case "hasPrefix": return { r, a, _ in .bool(try string(r).hasPrefix(try string(a.first ?? .void))) }
        case "hasSuffix": return { r, a, _ in .bool(try string(r).hasSuffix(try string(a.first ?? .void))) }
        default: return StringMethods.method(name) ?? DictionaryMethods.method(name) ?? NumberMethods.method(name)
        }
    }

    /// The elements of a sequence receiver (arrays, ranges, strings, dictionaries as key-value tuples).
    static func elements(_ value: Value) throws -> [Value] {
        try iterationElements(value)
    }

    static func fn(_ args: [Value], _ i: Int) throws -> Function {
        guard i < args.count, case .function(let f) = args[i] else { throw RuntimeFailure("expected a function argument") }
        return f
    }

    static func truth(_ v: Value) throws -> Bool {
        guard case .bool(let b) = v else { throw RuntimeFailure("expected a Bool, got '\(v.typeName)'") }
        return b
    }

    /// The rounding rule an implicit member names (`.down`, `.toNearestOrEven`, …).
    static func roundingRule(_ v: Value) throws -> FloatingPointRoundingRule {
        guard case .implicitMember(let name) = v else { throw RuntimeFailure("rounded(_:) expects a rounding rule") }
        switch name {
        case "toNearestOrAwayFromZero": return .toNearestOrAwayFromZero
        case "toNearestOrEven": return .toNearestOrEven
        case "up": return .up
        case "down": return .down
        case "towardZero": return .towardZero
        case "awayFromZero": return .awayFromZero
        default: throw RuntimeFailure("type 'FloatingPointRoundingRule' has no member '\(name)'")
        }
    }

    /// Characters (one-character strings here) as the string they spell.
    static func joinedCharacters(_ characters: some Sequence<Value>) throws -> String {
        try characters.map(string).joined()
    }

    static func string(_ v: Value) throws -> String {
        guard case .string(let s) = v else { throw RuntimeFailure("expected a String, got '\(v.typeName)'") }
        return s
    }

    static func mapNumber(_ v: Value, _ d: (Double) -> Double, _ f: (Float) -> Float) throws -> Value {
        switch v {
        case .double(let x): return .double(d(x))
        case .float(let x): return .float(f(x))
        default: throw RuntimeFailure("expected a floating-point number, got '\(v.typeName)'")
        }
    }

    /// A stable sort with `<`, or with a `by:` predicate.
    static func sortValues(_ items: [Value], _ args: [Value], _ rt: Runtime) throws -> [Value] {
        var failure: Error?
        let sorted = items.enumerated().sorted { a, b in
            if failure != nil { return false }
            do {
                let less: Bool
                if case .function(let f)? = args.first {
                    less = try truth(try rt.invoke(f, a.element, b.element))
                    if less { return true }
                    if try truth(try rt.invoke(f, b.element, a.element)) { return false }
                } else {
                    let c = try compareValues(a.element, b.element)
                    if c != 0 { return c < 0 }
                }
                return a.offset < b.offset
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return sorted.map(\.element)
    }
}

extension Methods {
    /// `prefix`, `suffix`, `dropFirst` or `dropLast` of `count`: a String's is text (Swift's Substring,
    /// which prints as text), any other sequence's an array (Swift's ArraySlice prints as one).
    static func slice(_ r: Value, _ name: String, _ count: Int) throws -> Value {
        func sliced<C: Collection>(_ items: C) -> C.SubSequence {
            switch name {
            case "prefix": items.prefix(count)
            case "suffix": items.suffix(count)
            case "dropFirst": items.dropFirst(count)
            default: items.dropLast(count)
            }
        }
        if case .string(let text) = r { return .string(String(sliced(text))) }
        return .array(Array(sliced(try elements(r))))
    }
}
