import SwiftSyntax

/// How to walk a value of a declared type conforming to `Sequence` or `IteratorProtocol`: its
/// iterator (`makeIterator()`, or the value itself for an iterator), then `next()` until nil.
struct DeclaredSequence {
    /// The type of the elements (`next()`'s result unwrapped).
    let elementType: StaticType
    let makeIterator: (Value) throws -> Value
    /// Advances the iterator in place; nil at the end.
    let next: (inout Value) throws -> Value?
}

extension Lowerer {
    /// The way to iterate values of `type`, or nil when it is neither a `Sequence` nor an
    /// `IteratorProtocol` (conformance checks make sure the methods exist).
    func declaredSequence(_ type: NominalType) -> DeclaredSequence? {
        let isIterator = type.conformances.contains("IteratorProtocol")
        guard isIterator || type.conformances.contains("Sequence") else { return nil }
        let maker = isIterator ? nil : type.methods["makeIterator"]
        var iteratorType: NominalType? = type
        if let maker {
            if case .nominal(let made) = maker.signature.result { iteratorType = made } else { iteratorType = nil }
        }
        var elementType = StaticType.unknown
        if case .optional(let element)? = iteratorType?.methods["next"]?.signature.result { elementType = element }
        let rt = self.rt
        let makeIterator: (Value) throws -> Value = { sequence in
            guard let maker, let function = maker.function else { return sequence }
            var receiver = sequence
            return try callMethod(function, on: &receiver, rt)
        }
        let next: (inout Value) throws -> Value? = { iterator in
            guard let function = iterator.declaredType?.methods["next"]?.function else {
                throw RuntimeFailure("value of type '\(iterator.typeName)' has no member 'next'")
            }
            switch try callMethod(function, on: &iterator, rt) {
            case .some(let element): return element
            case .none: return nil
            case let other: return other
            }
        }
        return DeclaredSequence(elementType: elementType, makeIterator: makeIterator, next: next)
    }

    /// Swift's errors for a type declaring `IteratorProtocol` without `next()`, or `Sequence`
    /// without `makeIterator()` (unless it is its own iterator).
    func checkSequenceRequirements(_ type: NominalType, _ node: Syntax) throws {
        let isIterator = type.conformances.contains("IteratorProtocol")
        if isIterator, type.methods["next"] == nil {
            throw fail("type '\(type.name)' does not conform to protocol 'IteratorProtocol'", node)
        }
        if type.conformances.contains("Sequence"), !isIterator, type.methods["makeIterator"] == nil {
            throw fail("type '\(type.name)' does not conform to protocol 'Sequence'", node)
        }
    }

    /// The methods of a declared sequence that may stop early — `first(where:)`, `contains(_:)`,
    /// `contains(where:)`, `allSatisfy(_:)` — walking only as far as Swift's do (so they work on a
    /// sequence that never ends); nil for other methods.
    func sequenceSearch(_ name: String, _ sequence: Typed, _ walk: DeclaredSequence, _ args: [CallArgument],
                        _ e: FunctionCallExprSyntax) throws -> Typed? {
        guard args.count == 1 else { return nil }
        let usesPredicate: Bool
        switch name {
        case "first", "allSatisfy": usesPredicate = true
        // (A trailing closure has no label.)
        case "contains": usesPredicate = args[0].label == "where" || args[0].expr.is(ClosureExprSyntax.self)
        default: return nil
        }
        try checkRethrowingCall(args, e)
        let element = walk.elementType
        let argument = try lower(args[0].expr, expected: usesPredicate ? .function([element], .bool) : element)
        let code = sequence.code, given = argument.code, position = pos(e), rt = self.rt
        let found: (Value, Value) throws -> Bool = { element, given in
            guard usesPredicate else { return try valuesEqual(element, given) }
            guard case .function(let predicate) = given else { throw RuntimeFailure("'\(name)' needs a function") }
            guard case .bool(let result) = try rt.invoke(predicate, [element]) else { throw RuntimeFailure("'\(name)' needs a Bool result") }
            return result
        }
        let stopsWhenFound = name != "allSatisfy"
        return Typed(name == "first" ? .optional(element) : .bool) { f in
            var iterator = try walk.makeIterator(try code(f))
            let target = try given(f)
            while let element = try at(position, { try walk.next(&iterator) }) {
                try rt.tick(position)
                guard try at(position, { try found(element, target) }) == stopsWhenFound else { continue }
                return name == "first" ? .some(element) : .bool(stopsWhenFound)
            }
            return name == "first" ? .none : .bool(!stopsWhenFound)
        }
    }

    /// Every element of a declared sequence, in order, as an array value (for the methods every
    /// `Sequence` has: `map`, `filter`, `reduce`, `contains`, …). A sequence that never ends is stopped
    /// by the cell's time limit.
    func sequenceElements(_ sequence: Typed, _ walk: DeclaredSequence, _ node: some SyntaxProtocol) -> Typed {
        let code = sequence.code, position = pos(node), rt = self.rt
        return Typed(.array(walk.elementType)) { f in
            var iterator = try walk.makeIterator(try code(f))
            var elements: [Value] = []
            while let element = try at(position, { try walk.next(&iterator) }) {
                try rt.tick(position)
                guard elements.count < Conversions.maxCount else {
                    throw RuntimeError(message: "sequence of more than \(Conversions.maxCount) elements is too large to collect", position: position)
                }
                elements.append(element)
            }
            return .array(elements)
        }
    }
}

/// Calls a method with `receiver` in slot 0 and no arguments, leaving the receiver as the method
/// left it (a `mutating` method changes a struct in place).
private func callMethod(_ function: Function, on receiver: inout Value, _ rt: Runtime) throws -> Value {
    let frame = function.takeFrame()
    frame.slots[0] = receiver
    receiver = .void  // keep the receiver uniquely referenced while the method changes it
    let result = try rt.enter { try function.code(frame) }
    receiver = frame.slots[0]
    function.recycle(frame)
    return result
}
