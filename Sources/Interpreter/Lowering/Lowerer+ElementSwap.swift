import SwiftSyntax

extension Lowerer {
    /// `(a[i], a[j]) = (a[j], a[i])`: a tuple of array elements (see `elementAssignment`) assigned
    /// from a tuple expression of the same arity, without building the tuple value; nil for any
    /// other shape (the generic tuple assignment handles it).
    ///
    /// As in Swift, every target's indices are evaluated first, left to right, then every value,
    /// and only then are the elements assigned in order, each checking its own bounds.
    func elementTupleAssignment(_ targets: TupleExprSyntax, _ e: InfixOperatorExprSyntax) throws -> StmtCode? {
        guard let values = e.rightOperand.as(TupleExprSyntax.self), values.elements.count == targets.elements.count,
            targets.elements.allSatisfy({ $0.label == nil }), values.elements.allSatisfy({ $0.label == nil }) else { return nil }
        var found: [(SlotLocator, [ExprSyntax], StaticType)] = []
        for target in targets.elements {
            guard let element = elementTarget(target.expression) else { return nil }
            found.append(element)
        }
        // Located like the generic tuple assignment: at the start of the statement.
        let position = pos(e)
        let locations = try found.map { storage, indexExprs, _ in
            let indices = try indexExprs.map { try indexOperand($0, position) }
            return ElementLocation(locate: storage, row: indices[0], column: indices.count > 1 ? indices[1] : nil)
        }
        let codes = try zip(values.elements, found).map { value, target in
            CodeBox(run: try coerce(lower(value.expression, expected: target.2), to: target.2, value.expression).code)
        }
        let count = codes.count
        if count == 2 {
            // The swap: its parts held by the closure itself, which calls them without retaining them.
            let first = locations[0], second = locations[1], a = codes[0].run, b = codes[1].run
            return { f in
                let (i1, j1) = try first.indices(f), (i2, j2) = try second.indices(f)
                let x = try a(f), y = try b(f)
                try at(position) {
                    try first.modify(f, i1, j1) { $0 = x }
                    try second.modify(f, i2, j2) { $0 = y }
                }
                return .normal
            }
        }
        return { f in
            // The evaluated indices and values live on the stack: a swap allocates nothing.
            try withUnsafeTemporaryAllocation(of: (Int, Int).self, capacity: count) { indices in
                for k in 0..<count { indices.initializeElement(at: k, to: try locations[k].indices(f)) }
                try withUnsafeTemporaryAllocation(of: Value.self, capacity: count) { buffer in
                    var initialized = 0
                    defer { buffer.baseAddress?.deinitialize(count: initialized) }
                    for k in 0..<count {
                        buffer.initializeElement(at: k, to: try codes[k].run(f))
                        initialized += 1
                    }
                    for k in 0..<count {
                        let (i, j) = indices[k], value = buffer[k]
                        try at(position) { try locations[k].modify(f, i, j) { $0 = value } }
                    }
                }
            }
            return .normal
        }
    }
}
