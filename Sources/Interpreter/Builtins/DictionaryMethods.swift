/// Dictionary methods that make a new dictionary from the values: `mapValues` and
/// `compactMapValues` (keys and their order kept).
enum DictionaryMethods {
    /// The method called `name`, or nil when it is neither.
    static func method(_ name: String) -> MethodImpl? {
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
}
