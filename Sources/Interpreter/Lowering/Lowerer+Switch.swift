import SwiftSyntax

extension Lowerer {
    /// `switch` over any value: `case` patterns (enum cases with bindings, tuples, ranges, values),
    /// several patterns per case, `where`, `default`; exhaustiveness is checked as Swift does.
    func lowerSwitch(_ node: SwitchExprSyntax) throws -> StmtCode {
        let subject = try lower(node.subject)
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        var arms: [(matches: [(Frame, Value) throws -> Bool], body: StmtCode)] = []
        var covering: [PatternSpace] = []
        for element in node.cases {
            guard case .switchCase(let c) = element else { throw unsupported("'#if' in a switch", element) }
            scope.blocks.append([:])
            defer { scope.blocks.removeLast() }
            var matches: [(Frame, Value) throws -> Bool] = []
            switch c.label {
            case .default:
                covering.append(.any)
                matches.append { _, _ in true }
            case .case(let label):
                for item in label.caseItems {
                    let pattern = try compilePattern(item.pattern, subject: subject.type)
                    var test = pattern.test
                    if let w = item.whereClause {
                        let extra = try condition(w.condition)
                        let base = test
                        test = { f, v in try base(f, v) && extra(f) }
                    } else {
                        covering.append(pattern.space)
                    }
                    matches.append(test)
                }
            }
            scope.switchDepth += 1
            defer { scope.switchDepth -= 1 }
            arms.append((matches, try lowerBlock(c.statements)))
        }
        if !Exhaustiveness.isExhaustive(covering, subject.type) {
            throw fail("switch must be exhaustive", node.switchKeyword)
        }
        let code = subject.code
        return { f in
            let value = try code(f)
            for arm in arms {
                for match in arm.matches where try match(f, value) {
                    let flow = try arm.body(f)
                    return flow == .breakLoop ? .normal : flow
                }
            }
            return .normal
        }
    }
}
