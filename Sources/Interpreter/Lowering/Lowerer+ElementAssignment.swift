import SwiftSyntax

/// The element `xs[i]` or `xs[i][j]` of an array variable as an assignment target: the variable's
/// storage and the compiled indices.
struct ElementLocation {
    let locate: SlotLocator
    let row: IntOperand
    /// The column index of `xs[i][j]`; nil for `xs[i]`.
    let column: IntOperand?

    /// The indices, evaluated left to right (the column is 0 when there is none).
    @inline(__always)
    func indices(_ f: Frame) throws -> (Int, Int) {
        let i = try row.value(f)
        guard let column else { return (i, 0) }
        return (i, try column.value(f))
    }

    /// Changes the element at the evaluated indices in place (see `ElementStore.modify`).
    @inline(__always)
    func modify(_ f: Frame, _ i: Int, _ j: Int, _ body: (inout Value) throws -> Void) throws {
        if column == nil {
            try ElementStore.modify(locate(f), i, body)
        } else {
            try ElementStore.modify(locate(f), i, j, body)
        }
    }
}

extension Lowerer {
    /// `xs[i] = v`, `xs[i] op= v`, `xs[i][j] = v` and `xs[i][j] op= v` on an array variable of any
    /// frame, changing the element in place; nil when the target is not of that shape (the generic
    /// assignment handles it).
    ///
    /// As in Swift, the indices are evaluated first, then the right-hand side, and only then is the
    /// element accessed, so its bounds are checked after the value is computed.
    func elementAssignment(_ e: InfixOperatorExprSyntax, _ op: String) throws -> StmtCode? {
        guard let (storage, indexExprs, element) = elementTarget(e.leftOperand) else { return nil }
        if op != "=", case .nominal = element { return nil }
        let position = pos(e.operator)
        let indices = try indexExprs.map { try indexOperand($0, position) }
        let location = ElementLocation(locate: storage, row: indices[0], column: indices.count > 1 ? indices[1] : nil)
        if op == "=" {
            let value = try coerce(lower(e.rightOperand, expected: element), to: element, e.rightOperand).code
            return { f in
                let (i, j) = try location.indices(f)
                let v = try value(f)
                try at(position) { try location.modify(f, i, j) { $0 = v } }
                return .normal
            }
        }
        let binary = String(op.dropLast())
        let rhs = try lower(e.rightOperand, expected: element.isNumeric ? element : nil)
        _ = try resultType(binary, element, rhs.type, e.operator)
        if element == .int, rhs.type == .int, let code = IntOpCode(binary) {
            let operand = IntOperand(rhs, position)
            return { f in
                let (i, j) = try location.indices(f)
                let y = try operand.value(f)
                try at(position) { try location.modify(f, i, j) { try ElementStore.update(&$0, code, y) } }
                return .normal
            }
        }
        if element == .double, rhs.type == .double, let code = DoubleOpCode(binary) {
            let operand = DoubleOperand(rhs, position)
            return { f in
                let (i, j) = try location.indices(f)
                let y = try operand.value(f)
                try at(position) { try location.modify(f, i, j) { try ElementStore.update(&$0, code, y) } }
                return .normal
            }
        }
        let value = rhs.code, rt = self.rt
        return { f in
            let (i, j) = try location.indices(f)
            let y = try value(f)
            try at(position) { try location.modify(f, i, j) { try ElementStore.update(&$0, binary, y, rt) } }
            return .normal
        }
    }

    /// The variable, index expressions and element type of `xs[i]` or `xs[i][j]` when `xs` is an
    /// assignable array variable (of nested arrays for two indices).
    func elementTarget(_ e: ExprSyntax) -> (SlotLocator, [ExprSyntax], StaticType)? {
        guard let s = e.as(SubscriptCallExprSyntax.self), let last = plainIndex(s) else { return nil }
        if let (storage, type) = variableStorage(s.calledExpression, mutable: true), case .array(let element) = type {
            return (storage, [last], element)
        }
        guard let inner = s.calledExpression.as(SubscriptCallExprSyntax.self), let first = plainIndex(inner),
            let (storage, type) = variableStorage(inner.calledExpression, mutable: true),
            case .array(.array(let element)) = type else { return nil }
        return (storage, [first, last], element)
    }

    /// The index expression of a subscript with one unlabelled argument.
    private func plainIndex(_ s: SubscriptCallExprSyntax) -> ExprSyntax? {
        guard s.arguments.count == 1, let only = s.arguments.first, only.label == nil,
            s.trailingClosure == nil, s.additionalTrailingClosures.isEmpty else { return nil }
        return only.expression
    }

    /// An index as an unboxed Int; an index whose static type is not `Int` is checked at run time,
    /// as the generic assignment checks it.
    func indexOperand(_ e: ExprSyntax, _ position: SourcePosition) throws -> IntOperand {
        let index = try lower(e, expected: .int)
        if index.type == .int { return IntOperand(index, position) }
        let code = index.code
        return .code(IntCode { f in
            let value = try code(f)
            return try at(position) { try asInt(value) }
        })
    }
}
