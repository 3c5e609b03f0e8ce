import SwiftSyntax

extension Lowerer {
    /// `[1, 2, 2]` where a `Set` is expected (`let s: Set = [1, 2]`, `var seen: Set<String> = []`):
    /// the distinct elements, in their first occurrence's order.
    func setLiteral(_ e: ArrayExprSyntax, element: StaticType) throws -> Typed {
        let array = try arrayLiteral(e, expected: element == .unknown ? nil : .array(element))
        if !isHashable(array.type.elementType) {
            throw fail("generic struct 'Set' requires that '\(array.type.elementType.name)' conform to 'Hashable'", e)
        }
        let code = array.code, position = pos(e)
        return Typed(.set(array.type.elementType)) { f in
            let items = try code(f)
            return try at(position) { .set(try ValueSet(try iterationElements(items))) }
        }
    }

    /// `Set<Int>()`, `Set(words)`, `Set(0..<5)`, `Set(batches)`: an empty set, or the distinct
    /// elements of a sequence. `element` is the written or expected element type, if any.
    func setInitializer(element: StaticType?, _ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed {
        if let element, !isHashable(element) {
            throw fail("type '\(element.name)' does not conform to protocol 'Hashable'", e)
        }
        guard let only = args.first else { return .constant(.set(ValueSet()), .set(element ?? .unknown)) }
        guard args.count == 1, only.label == nil else { throw unsupported("this 'Set' initializer", e) }
        var sequence = try lower(only.expr, expected: element.map { .array($0) })
        if case .nominal(let type) = sequence.type, let walk = declaredSequence(type) {
            sequence = sequenceElements(sequence, walk, only.expr)
        }
        if !isHashable(sequence.type.elementType) {
            throw fail("generic struct 'Set' requires that '\(sequence.type.elementType.name)' conform to 'Hashable'", e)
        }
        let code = sequence.code, position = pos(e)
        let type = StaticType.set(element ?? sequence.type.elementType)
        return Typed(type) { f in
            let items = try code(f)
            return try at(position) { .set(try ValueSet(try iterationElements(items))) }
        }
    }

    /// Whether values of `type` may be set elements (or dictionary keys) as far as the type shows:
    /// declared types must be `Hashable` (an enum without associated values is, implicitly),
    /// tuples and functions never are.
    func isHashable(_ type: StaticType) -> Bool {
        switch type {
        case .nominal(let t):
            if t.conformances.contains("Hashable") { return true }
            return t.kind == .enumeration && !t.isProtocol && t.enumCases.allSatisfy { $0.types.isEmpty }
        case .tuple, .function: return false
        case .array(let e), .optional(let e): return isHashable(e)
        default: return true
        }
    }

    /// The static type of a `Set` method's result, or nil where it is the array method's.
    func setMethodResultType(_ name: String, element: StaticType) -> StaticType? {
        switch name {
        case "union", "intersection", "subtracting", "symmetricDifference", "filter": return .set(element)
        case "isSubset", "isStrictSubset", "isSuperset", "isStrictSuperset", "isDisjoint": return .bool
        default: return nil
        }
    }

    /// The static type of a mutating `Set` method's result.
    func setMutatingResultType(_ name: String, element: StaticType) -> StaticType {
        switch name {
        case "insert": return .tuple([.bool, element], labels: ["inserted", "memberAfterInsert"])
        case "remove", "update": return .optional(element)
        default: return .void
        }
    }
}
