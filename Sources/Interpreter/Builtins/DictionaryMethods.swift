/// Dictionary methods that make a new dictionary: `mapValues` and `compactMapValues` (keys and their
/// order kept), and `merging(_:uniquingKeysWith:)`.
enum DictionaryMethods {
    /// The method called `name`, or nil when it is none of these.
    static func method(_ name: String) -> MethodImpl? {
        if name == "merging" { return merging }
        guard name == "mapValues" || name == "compactMapValues" else { return nil }
        return { r, a, rt in
            guard case .dictionary(let d) = r else { throw Properties.noMember(r, name) }
            let transform = try Methods.fn(a, 0)
            var result = OrderedDictionary()
            for (key, value) in zip(d.keys, d.values) {
                let mapped = try rt.invoke(transform, value)
                if name == "mapValues" {
                    try result.set(mapped, for: key)
                } else if case .some(let kept) = mapped {
                    try result.set(kept, for: key)
                }
            }
            return .dictionary(result)
        }
    }

    /// `d.merging(other) { old, new in … }`: the receiver's entries, then `other`'s (a key in both takes
    /// what the closure makes of the two values), as Swift's `Dictionary.merging`.
    private static func merging(_ r: Value, _ a: [Value], _ rt: Runtime) throws -> Value {
        guard case .dictionary(var result) = r, case .dictionary(let other)? = a.first else {
            throw RuntimeFailure("merging(_:uniquingKeysWith:) needs two dictionaries")
        }
        let combine = try Methods.fn(a, 1)
        for (key, value) in zip(other.keys, other.values) {
            if let existing = try result.value(for: key) {
                try result.set(try rt.invoke(combine, existing, value), for: key)
            } else {
                try result.set(value, for: key)
            }
        }
        return .dictionary(result)
    }
}
