import SwiftSyntax

extension Lowerer {
    /// `switch` over any value: `case` patterns (enum cases with bindings, tuples, ranges, values),
    /// several patterns per case, `where`, `default`, `fallthrough` as a case's last statement;
    /// exhaustiveness is checked as Swift does.
    func lowerSwitch(_ node: SwitchExprSyntax) throws -> StmtCode {
        let subject = try lower(node.subject)
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        var arms: [(matches: [(Frame, Value) throws -> Bool], body: StmtCode)] = []
        var covering: [PatternSpace] = []
        var fallsThrough: [Bool] = [], boundNames: [String?] = []
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
                var firstNames: Set<String>?
                for item in label.caseItems {
                    let pattern = try compilePattern(item.pattern, subject: subject.type)
                    let names = Set(pattern.names)
                    if let expected = firstNames, expected != names, let name = expected.symmetricDifference(names).sorted().first {
                        throw fail("'\(name)' must be bound in every pattern", item.pattern)
                    }
                    firstNames = firstNames ?? names
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
            boundNames.append(scope.blocks.last?.keys.sorted().first)
            scope.switchDepth += 1
            defer { scope.switchDepth -= 1 }
            // A trailing `fallthrough` joins this body to the next one (below).
            let falls = c.statements.last.map { item in
                if case .stmt(let s) = item.item { return s.is(FallThroughStmtSyntax.self) }
                return false
            } ?? false
            fallsThrough.append(falls)
            scope.blocks.append([:])
            defer { scope.blocks.removeLast() }
            arms.append((matches, try lowerItems(falls ? Array(c.statements.dropLast()) : Array(c.statements))))
        }
        for i in arms.indices.reversed() where fallsThrough[i] {
            guard i + 1 < arms.count else { throw fail("'fallthrough' without a following 'case' or 'default' block", node.rightBrace) }
            if let name = boundNames[i + 1] {
                throw fail("'fallthrough' from a case which doesn't bind variable '\(name)'", node.cases[node.cases.index(node.cases.startIndex, offsetBy: i)])
            }
            let body = arms[i].body, next = arms[i + 1].body
            arms[i].body = { f in
                let flow = try body(f)
                return flow == .normal ? try next(f) : flow
            }
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
