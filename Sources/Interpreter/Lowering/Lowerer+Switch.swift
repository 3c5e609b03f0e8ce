import SwiftSyntax

/// One case of a lowered `switch`: the tests of its patterns, in order, and its body.
struct SwitchArm<Body> {
    /// One test per pattern of the case (with its `where`); a test that matches has bound the pattern's names.
    var matches: [(Frame, Value) throws -> Bool]
    /// A name the case's patterns bind, for the error of a `fallthrough` into it.
    var boundName: String?
    var body: Body
}

extension Lowerer {
    /// `switch` over any value: `case` patterns (enum cases with bindings, tuples, ranges, values),
    /// several patterns per case, `where`, `default`, `fallthrough` as a case's last statement;
    /// exhaustiveness is checked as Swift does.
    func lowerSwitch(_ node: SwitchExprSyntax) throws -> StmtCode {
        let subject = try lower(node.subject)
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        var fallsThrough: [Bool] = []
        var arms = try switchArms(node, subject: subject.type) { c in
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
            return try lowerItems(falls ? Array(c.statements.dropLast()) : Array(c.statements))
        }
        for i in arms.indices.reversed() where fallsThrough[i] {
            guard i + 1 < arms.count else { throw fail("'fallthrough' without a following 'case' or 'default' block", node.rightBrace) }
            if let name = arms[i + 1].boundName {
                throw fail("'fallthrough' from a case which doesn't bind variable '\(name)'", node.cases[node.cases.index(node.cases.startIndex, offsetBy: i)])
            }
            let body = arms[i].body, next = arms[i + 1].body
            arms[i].body = { f in
                let flow = try body(f)
                return flow == .normal ? try next(f) : flow
            }
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

    /// The cases of a `switch` over a value of type `subject`, each lowered by `body` while its patterns'
    /// names are in scope; checks that the patterns bind the same names and cover every value.
    func switchArms<Body>(_ node: SwitchExprSyntax, subject: StaticType, body: (SwitchCaseSyntax) throws -> Body) throws -> [SwitchArm<Body>] {
        var arms: [SwitchArm<Body>] = []
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
                var firstNames: Set<String>?
                for item in label.caseItems {
                    let pattern = try compilePattern(item.pattern, subject: subject)
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
            let boundName = scope.blocks.last?.keys.sorted().first
            arms.append(SwitchArm(matches: matches, boundName: boundName, body: try body(c)))
        }
        if !Exhaustiveness.isExhaustive(covering, subject) {
            throw fail("switch must be exhaustive", node.switchKeyword)
        }
        return arms
    }
}
