/// The members only `Set` has: its algebra (`union`, `isSubset(of:)`, …) and its mutating methods
/// (`insert`, `remove`, `formUnion`, …). The members every sequence has (`map`, `sorted`, `count`, …)
/// are the arrays' ones, over the set's elements.
enum SetMethods {
    /// The non-mutating set operations called `name`, or nil. Each takes any sequence as its
    /// argument, as Swift's do.
    static func algebra(_ name: String) -> MethodImpl? {
        let combine: ((ValueSet, [Value]) throws -> Value)
        switch name {
        case "union":
            combine = { set, other in
                var result = set
                for element in other { try result.insert(element) }
                return .set(result)
            }
        case "intersection":
            combine = { set, other in
                let kept = try ValueSet(other)
                return .set(try ValueSet(set.elements.filter { try kept.contains($0) }))
            }
        case "subtracting":
            combine = { set, other in
                let removed = try ValueSet(other)
                return .set(try ValueSet(set.elements.filter { try !removed.contains($0) }))
            }
        case "symmetricDifference":
            combine = { set, other in
                let second = try ValueSet(other)
                let onlyFirst = try set.elements.filter { try !second.contains($0) }
                let onlySecond = try second.elements.filter { try !set.contains($0) }
                return .set(try ValueSet(onlyFirst + onlySecond))
            }
        case "isSubset", "isStrictSubset":
            combine = { set, other in
                let whole = try ValueSet(other)
                let subset = try set.elements.allSatisfy { try whole.contains($0) }
                return .bool(subset && (name == "isSubset" || whole.count > set.count))
            }
        case "isSuperset", "isStrictSuperset":
            combine = { set, other in
                let part = try ValueSet(other)
                let superset = try part.elements.allSatisfy { try set.contains($0) }
                return .bool(superset && (name == "isSuperset" || set.count > part.count))
            }
        case "isDisjoint":
            combine = { set, other in .bool(try other.allSatisfy { try !set.contains($0) }) }
        default:
            return nil
        }
        return { receiver, args, _ in
            guard case .set(let set) = receiver else { throw Properties.noMember(receiver, name) }
            guard let other = args.first else { throw RuntimeFailure("'\(name)' expects a sequence") }
            return try combine(set, try iterationElements(other))
        }
    }

    /// The names of `Set`'s mutating methods.
    static let mutatingNames: Set<String> = [
        "insert", "remove", "update", "formUnion", "formIntersection", "subtract", "formSymmetricDifference", "removeAll",
    ]

    /// The mutating method of a set called `name` with these argument labels, or nil.
    static func mutating(_ name: String, labels: [String?]) -> ((inout Value, [Value], Runtime) throws -> Value)? {
        switch (name, labels) {
        case ("insert", [nil]):
            // `(inserted: Bool, memberAfterInsert: Element)`, as Swift's.
            return { r, a, _ in
                try r.withSet { set in
                    let inserted = try set.insert(a[0])
                    let member = try set.member(a[0]) ?? a[0]
                    return .tuple(Tuple([.bool(inserted), member], labels: ["inserted", "memberAfterInsert"]))
                }
            }
        case ("update", ["with"]):
            return { r, a, _ in
                try r.withSet { set in
                    let old = try set.remove(a[0])
                    try set.insert(a[0])
                    return old.map { .some($0) } ?? .none
                }
            }
        case ("remove", [nil]):
            return { r, a, _ in try r.withSet { set in try set.remove(a[0]).map { .some($0) } ?? .none } }
        case ("removeAll", []):
            return { r, _, _ in
                r = .set(ValueSet())
                return .void
            }
        case ("formUnion", [nil]), ("formIntersection", [nil]), ("subtract", [nil]), ("formSymmetricDifference", [nil]):
            let operation = ["formUnion": "union", "formIntersection": "intersection", "subtract": "subtracting",
                             "formSymmetricDifference": "symmetricDifference"][name]!
            let combine = algebra(operation)!
            return { r, a, rt in
                r = try combine(r, a, rt)
                return .void
            }
        default:
            return nil
        }
    }
}
