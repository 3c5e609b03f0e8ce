import SwiftSyntax

extension Lowerer {
    /// `switch` over integers, strings (any equatable value): `case a, b:`, ranges, `case let x where`, `default`.
    func lowerSwitch(_ node: SwitchExprSyntax) throws -> StmtCode {
        let subject = try lower(node.subject)
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        let subjectSlot = scope.allocate()
        var arms: [(matches: [(Frame) throws -> Bool], body: StmtCode)] = []
        var hasDefault = false
        for element in node.cases {
            guard case .switchCase(let c) = element else { throw unsupported("'#if' in a switch", element) }
            scope.blocks.append([:])
            defer { scope.blocks.removeLast() }
            var matches: [(Frame) throws -> Bool] = []
            switch c.label {
            case .default:
                hasDefault = true
                matches.append { _ in true }
            case .case(let label):
                for item in label.caseItems {
                    var test = try casePattern(item.pattern, subject: subject.type, slot: subjectSlot)
                    if let w = item.whereClause {
                        let extra = try condition(w.condition)
                        let base = test
                        test = { f in try base(f) && extra(f) }
                    }
                    matches.append(test)
                }
            }
            scope.switchDepth += 1
            defer { scope.switchDepth -= 1 }
            arms.append((matches, try lowerBlock(c.statements)))
        }
        if !hasDefault && !(subject.type == .bool) {
            throw fail("switch must be exhaustive", node.switchKeyword)
        }
        let code = subject.code
        return { f in
            f.slots[subjectSlot] = try code(f)
            for arm in arms {
                for match in arm.matches where try match(f) {
                    let flow = try arm.body(f)
                    return flow == .breakLoop ? .normal : flow
                }
            }
            return .normal
        }
    }

    /// A test that one `case` pattern matches the subject stored in `slot`.
    func casePattern(_ pattern: PatternSyntax, subject: StaticType, slot: Int) throws -> (Frame) throws -> Bool {
        if pattern.is(WildcardPatternSyntax.self) { return { _ in true } }
        if let binding = pattern.as(ValueBindingPatternSyntax.self) {
            if binding.pattern.is(WildcardPatternSyntax.self) { return { _ in true } }
            guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                throw unsupported("this case pattern", pattern)
            }
            let target = scope.declare(id.identifier.text, type: subject, mutable: false).slot
            return { f in
                f.slots[target] = f.slots[slot]
                return true
            }
        }
        guard let e = pattern.as(ExpressionPatternSyntax.self)?.expression else {
            throw unsupported("this case pattern", pattern)
        }
        let position = pos(e)
        if let infix = e.as(InfixOperatorExprSyntax.self),
            ["..<", "..."].contains(operatorText(infix.operator)) {
            let closed = operatorText(infix.operator) == "..."
            let lo = try lower(infix.leftOperand, expected: subject).code
            let hi = try lower(infix.rightOperand, expected: subject).code
            return { f in
                let v = f.slots[slot]
                return try at(position) {
                    let above = try compareValues(try lo(f), v) <= 0
                    let c = try compareValues(v, try hi(f))
                    return above && (closed ? c <= 0 : c < 0)
                }
            }
        }
        let value = try lower(e, expected: subject)
        if !value.type.isAssignable(to: subject) {
            throw fail("expression pattern of type '\(value.type.name)' cannot match values of type '\(subject.name)'", e)
        }
        let code = value.code
        return { f in try at(position) { try valuesEqual(f.slots[slot], try code(f)) } }
    }
}
