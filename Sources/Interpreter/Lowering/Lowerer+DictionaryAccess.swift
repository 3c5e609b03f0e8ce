import SwiftSyntax

extension Lowerer {
    /// `d[k]` and `d[k, default: v]` on a dictionary variable, looked up where the dictionary lies
    /// in its variable's storage (no copy of it); an Int value comes out unboxed. Nil when the
    /// subscript is not of that shape.
    func dictionaryRead(_ s: SubscriptCallExprSyntax, key keyType: StaticType, value valueType: StaticType) throws -> Typed? {
        guard let (storage, _) = variableStorage(s.calledExpression, mutable: false),
            let (keyExpr, defaultExpr) = dictionaryArguments(s) else { return nil }
        let key = try lower(keyExpr, expected: keyType).code
        let locate = storage, position = pos(s)
        guard let defaultExpr else {
            return Typed(.optional(valueType)) { f in
                let k = try key(f)
                return try at(position) { try DictionaryStore.value(locate(f), k) }.map { .some($0) } ?? .none
            }
        }
        let fallback = try coerce(lower(defaultExpr, expected: valueType), to: valueType, defaultExpr).code
        let read: Code = { f in
            let k = try key(f)
            return try at(position) { try DictionaryStore.value(locate(f), k) } ?? (try fallback(f))
        }
        guard valueType == .int else { return Typed(valueType, read) }
        return .int { f in
            let v = try read(f)
            guard case .int(let x) = v else { throw RuntimeFailure.expectedInt(v) }
            return x
        }
    }

    /// `d[k] = v`, `d[k, default: v] = w` and `d[k, default: v] op= w` on a dictionary variable of
    /// any frame, changing the entry in place (the key hashed once); nil when the target is not of
    /// that shape. The key is evaluated first, then the right-hand side, then the entry is changed.
    func dictionaryAssignment(_ e: InfixOperatorExprSyntax, _ op: String) throws -> StmtCode? {
        guard let s = e.leftOperand.as(SubscriptCallExprSyntax.self),
            let (storage, type) = variableStorage(s.calledExpression, mutable: true),
            case .dictionary(let keyType, let valueType) = type,
            let (keyExpr, defaultExpr) = dictionaryArguments(s) else { return nil }
        // `d[k] += 1` is an error on an optional (the generic assignment reports it).
        guard op == "=" || defaultExpr != nil else { return nil }
        if op != "=", case .nominal = valueType { return nil }
        let key = try lower(keyExpr, expected: keyType).code
        let locate = storage, position = pos(e.operator)
        guard let defaultExpr else {
            let value = try coerce(lower(e.rightOperand, expected: .optional(valueType)), to: .optional(valueType), e.rightOperand).code
            return { f in
                let k = try key(f), v = try value(f)
                try at(position) { try locate(f).pointee.withDictionary { try DictionaryStore.assign(&$0, v, for: k) } }
                return .normal
            }
        }
        // The default is evaluated before the dictionary is taken out of its variable, so that an
        // expression reading the dictionary sees it (the generic assignment evaluates it there too).
        let fallback = try coerce(lower(defaultExpr, expected: valueType), to: valueType, defaultExpr).code
        let update = try entryUpdate(e, op, valueType, position)
        return { f in
            let k = try key(f), y = try update.operand(f), d = try fallback(f)
            try at(position) {
                try locate(f).pointee.withDictionary { dictionary in
                    try dictionary.modifyValue(for: k, default: d) { try update.apply(&$0, y) }
                }
            }
            return .normal
        }
    }

    /// The right-hand side of `d[k, default: v] op= w` and how it changes the entry: Int and
    /// Double operands unboxed, the rest through Swift's arithmetic (appending for `+`).
    private func entryUpdate(_ e: InfixOperatorExprSyntax, _ op: String, _ valueType: StaticType,
                             _ position: SourcePosition) throws -> EntryUpdate {
        if op == "=" {
            let value = try coerce(lower(e.rightOperand, expected: valueType), to: valueType, e.rightOperand).code
            return EntryUpdate(operand: value) { entry, v in entry = v }
        }
        let binary = String(op.dropLast())
        let rhs = try lower(e.rightOperand, expected: valueType.isNumeric ? valueType : nil)
        _ = try resultType(binary, valueType, rhs.type, e.operator)
        if valueType == .int, rhs.type == .int, let code = IntOpCode(binary) {
            let operand = rhs.intCode(position).run
            return EntryUpdate(operand: { f in .int(try operand(f)) }) { entry, v in
                guard case .int(let y) = v else { throw RuntimeFailure.expectedInt(v) }
                try ElementStore.update(&entry, code, y)
            }
        }
        let rt = self.rt
        return EntryUpdate(operand: rhs.code) { entry, v in try ElementStore.update(&entry, binary, v, rt) }
    }

    /// The key and the `default:` argument (nil without one) of a dictionary subscript, or nil for
    /// any other argument list.
    private func dictionaryArguments(_ s: SubscriptCallExprSyntax) -> (ExprSyntax, ExprSyntax?)? {
        let args = Array(s.arguments)
        guard let first = args.first, first.label == nil, s.trailingClosure == nil, s.additionalTrailingClosures.isEmpty else {
            return nil
        }
        if args.count == 1 { return (first.expression, nil) }
        guard args.count == 2, args[1].label?.text == "default" else { return nil }
        return (first.expression, args[1].expression)
    }
}

/// How `d[k, default: v] op= w` changes the entry: the compiled right-hand side, and the change.
private struct EntryUpdate {
    let operand: Code
    let apply: (inout Value, Value) throws -> Void
}
