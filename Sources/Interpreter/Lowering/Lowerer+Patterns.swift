import SwiftSyntax

/// A compiled pattern: whether it matches a value, storing the names it binds into their slots.
typealias PatternTest = (Frame, Value) throws -> Bool

/// A compiled pattern with what the exhaustiveness check needs to know about it.
struct CompiledPattern {
    let test: PatternTest
    let space: PatternSpace
    /// The names the pattern binds (each pattern of a `case` must bind the same ones).
    var names: [String] = []
}

extension Lowerer {
    /// Compiles a `case` pattern matched against values of type `subject`: `_`, `let x`,
    /// `.circle(let r)`, `let .rect(w, h)`, tuples, ranges and expression patterns (`~=`, here `==`).
    /// `binding` is the `let`/`var` enclosing the pattern, which makes its bare names bindings.
    func compilePattern(_ pattern: PatternSyntax, subject: StaticType, binding: Keyword? = nil) throws -> CompiledPattern {
        let compiled = try compilePatternParts(pattern, subject: subject, binding: binding)
        if binding == nil, let name = compiled.names.firstDuplicate {
            throw fail("invalid redeclaration of '\(name)'", pattern)
        }
        return compiled
    }

    /// `compilePattern` without the check that each name is bound once.
    private func compilePatternParts(_ pattern: PatternSyntax, subject: StaticType, binding: Keyword?) throws -> CompiledPattern {
        if pattern.is(WildcardPatternSyntax.self) { return CompiledPattern(test: { _, _ in true }, space: .any) }
        if let b = pattern.as(ValueBindingPatternSyntax.self) {
            if binding != nil { throw fail("'\(b.bindingSpecifier.text)' cannot appear nested inside another 'var' or 'let' pattern", b.bindingSpecifier) }
            guard case .keyword(let k) = b.bindingSpecifier.tokenKind else { throw unsupported("this pattern", b) }
            return try compilePatternParts(b.pattern, subject: subject, binding: k)
        }
        if let id = pattern.as(IdentifierPatternSyntax.self) {
            return bindPatternName(id.identifier.text, subject, mutable: binding == .var)
        }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            let parts = tuple.elements.map { element in { (t: StaticType) in try self.compilePattern(element.pattern, subject: t, binding: binding) } }
            return try tuplePattern(parts, subject: subject, tuple)
        }
        if let e = pattern.as(ExpressionPatternSyntax.self)?.expression {
            return try expressionPattern(e, subject: subject, binding: binding)
        }
        if let isType = pattern.as(IsTypePatternSyntax.self) {
            // `is T`: whether the value's dynamic type is `T`.
            let type = try resolveType(isType.type)
            return CompiledPattern(test: { _, v in v.hasType(type) }, space: subject == type ? .any : .opaque)
        }
        throw unsupported("this pattern", pattern)
    }

    /// A pattern written as an expression (how swift-syntax parses most `case` patterns).
    func expressionPattern(_ e: ExprSyntax, subject: StaticType, binding: Keyword?) throws -> CompiledPattern {
        if e.is(DiscardAssignmentExprSyntax.self) { return CompiledPattern(test: { _, _ in true }, space: .any) }
        if let p = e.as(PatternExprSyntax.self) { return try compilePattern(p.pattern, subject: subject, binding: binding) }
        if let binding, let ref = e.as(DeclReferenceExprSyntax.self), ref.argumentNames == nil {
            return bindPatternName(ref.baseName.text, subject, mutable: binding == .var)
        }
        if let tuple = e.as(TupleExprSyntax.self) {
            if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
                return try expressionPattern(only.expression, subject: subject, binding: binding)
            }
            let parts = tuple.elements.map { element in { (t: StaticType) in try self.expressionPattern(element.expression, subject: t, binding: binding) } }
            return try tuplePattern(parts, subject: subject, tuple)
        }
        if let cast = e.as(AsExprSyntax.self), cast.questionOrExclamationMark == nil {
            // `let e as T`: a value of dynamic type `T`, matched against the inner pattern as a `T`.
            let type = try resolveType(cast.type)
            let inner = try expressionPattern(cast.expression, subject: type, binding: binding)
            let test = inner.test
            return CompiledPattern(test: { f, v in try v.hasType(type) && test(f, v) }, space: subject == type ? inner.space : .opaque,
                                   names: inner.names)
        }
        if case .optional(let wrapped) = subject, let optional = try optionalPattern(e, wrapped: wrapped, binding: binding) {
            return optional
        }
        if let enumPattern = try enumCasePattern(e, subject: subject, binding: binding) { return enumPattern }
        if let infix = e.as(InfixOperatorExprSyntax.self), ["..<", "..."].contains(operatorText(infix.operator)) {
            return CompiledPattern(test: try rangePattern(infix, subject: subject), space: .opaque)
        }
        if let oneSided = try oneSidedRangePattern(e, subject: subject) { return CompiledPattern(test: oneSided, space: .opaque) }
        let value = try lower(e, expected: subject)
        if let contains = rangeVariablePattern(value, subject: subject, e) { return CompiledPattern(test: contains, space: .opaque) }
        if !value.type.isAssignable(to: subject) {
            throw fail("expression pattern of type '\(value.type.name)' cannot match values of type '\(subject.name)'", e)
        }
        var space = PatternSpace.opaque
        if subject == .bool, case .bool(let b)? = value.constant { space = .constructor(b ? 1 : 0, []) }
        let code = value.code
        let position = pos(e)
        return CompiledPattern(test: { f, v in try at(position) { try valuesEqual(v, try code(f)) } }, space: space)
    }

    /// `.name`, `Type.name`, `.name(p1, p2)`: one case of the subject's enum, with patterns for its
    /// associated values; nil when `e` does not name a case.
    func enumCasePattern(_ e: ExprSyntax, subject: StaticType, binding: Keyword?) throws -> CompiledPattern? {
        let call = e.as(FunctionCallExprSyntax.self)
        guard let member = (call?.calledExpression ?? e).as(MemberAccessExprSyntax.self) else { return nil }
        var type = implicitEnum(subject)
        if let base = member.base {
            // `Shape.circle`, a nested `E.bad` inside its outer type's members, `Outer.E.bad`.
            guard let named = typeExpression(base), named.kind == .enumeration else { return nil }
            type = named
        }
        let name = member.declName.baseName.text
        if type == nil, member.base == nil, subject == .unknown, name != "some", name != "none" {
            return try dynamicEnumCasePattern(name, call, binding: binding)
        }
        guard let type else { return nil }
        guard let index = type.caseIndex[name] else {
            throw fail("type '\(subject.name)' has no member '\(name)'", member.declName)
        }
        guard subject == .nominal(type) || subject == .unknown else {
            throw fail("pattern of type '\(type.name)' cannot match values of type '\(subject.name)'", e)
        }
        let c = type.enumCases[index]
        guard let call else {
            return CompiledPattern(test: { _, v in
                guard case .enumeration(let x) = v else { return false }
                return x.caseIndex == index && x.type === type
            }, space: .constructor(index, c.types.map { _ in .any }))
        }
        guard call.arguments.count == c.types.count else {
            throw fail("tuple pattern has the wrong length for tuple type '\(StaticType.tuple(c.types, labels: c.labels).name)'", call)
        }
        var parts: [CompiledPattern] = []
        for (i, argument) in call.arguments.enumerated() {
            if let label = argument.label, label.text != c.labels[i] {
                throw fail("tuple pattern element label '\(label.text)' must be '\(c.labels[i] ?? "_")'", label)
            }
            parts.append(try expressionPattern(argument.expression, subject: c.types[i], binding: binding))
        }
        let tests = parts.map(\.test)
        return CompiledPattern(test: { f, v in
            guard case .enumeration(let x) = v, x.caseIndex == index, x.type === type else { return false }
            for (test, item) in zip(tests, x.payload) where try !test(f, item) { return false }
            return true
        }, space: .constructor(index, parts.map(\.space)), names: parts.flatMap(\.names))
    }

    /// `.name` or `.name(p1, p2)` matched against a value whose type is known only when it runs (a
    /// generic enum's payload of type `E`, `case .failed(.bad(let text))`): the value's own enum must
    /// have that case, and its associated values match the patterns. Whether such cases together
    /// cover the type is not known while lowering: they count as covering it (swiftc has checked
    /// that the programs it accepts are exhaustive).
    private func dynamicEnumCasePattern(_ name: String, _ call: FunctionCallExprSyntax?, binding: Keyword?) throws -> CompiledPattern {
        let parts = try (call?.arguments).map { arguments in
            try arguments.map { try expressionPattern($0.expression, subject: .unknown, binding: binding) }
        } ?? []
        let tests = parts.map(\.test), labels = call?.arguments.map { $0.label?.text }
        return CompiledPattern(test: { f, v in
            guard case .enumeration(let x) = v, x.type.caseIndex[name] == x.caseIndex else { return false }
            if let labels {
                let declared = x.type.enumCases[x.caseIndex].labels
                guard x.payload.count == tests.count,
                    zip(labels, declared).allSatisfy({ written, own in written == nil || written == own }) else { return false }
            }
            for (test, item) in zip(tests, x.payload) where try !test(f, item) { return false }
            return true
        }, space: .any, names: parts.flatMap(\.names))
    }

    /// Patterns over an optional: `nil`, `.none`, `.some(p)`, `p?`, and an enum case of the wrapped
    /// type (`.red` matches `Optional(.red)`, as Swift promotes it); nil for other patterns.
    func optionalPattern(_ e: ExprSyntax, wrapped: StaticType, binding: Keyword?) throws -> CompiledPattern? {
        let isNone: (Value) -> Bool = { v in if case .none = v { return true } else { return false } }
        if e.is(NilLiteralExprSyntax.self) { return CompiledPattern(test: { _, v in isNone(v) }, space: .constructor(0, [])) }
        if let m = e.as(MemberAccessExprSyntax.self), m.base == nil, m.declName.baseName.text == "none" {
            return CompiledPattern(test: { _, v in isNone(v) }, space: .constructor(0, []))
        }
        if let m = e.as(MemberAccessExprSyntax.self), m.base == nil, m.declName.baseName.text == "some" {
            // `.some` without a pattern for the value: any value.
            return CompiledPattern(test: { _, v in !isNone(v) }, space: .constructor(1, [.any]))
        }
        var inner: CompiledPattern?
        if let chain = e.as(OptionalChainingExprSyntax.self) {
            inner = try expressionPattern(chain.expression, subject: wrapped, binding: binding)
        } else if let call = e.as(FunctionCallExprSyntax.self), let m = call.calledExpression.as(MemberAccessExprSyntax.self),
            m.base == nil, m.declName.baseName.text == "some", call.arguments.count == 1, let only = call.arguments.first {
            inner = try expressionPattern(only.expression, subject: wrapped, binding: binding)
        } else if implicitEnum(wrapped) != nil {
            inner = try enumCasePattern(e, subject: wrapped, binding: binding)
        }
        guard let inner else { return nil }
        let test = inner.test
        return CompiledPattern(test: { f, v in
            switch v {
            case .none: return false
            case .some(let x): return try test(f, x)
            default: return try test(f, v)
            }
        }, space: .constructor(1, [inner.space]), names: inner.names)
    }

    /// `(p1, p2, …)` against a tuple subject; `elements` compile each element's pattern for its type.
    func tuplePattern(_ elements: [(StaticType) throws -> CompiledPattern], subject: StaticType,
                      _ node: some SyntaxProtocol) throws -> CompiledPattern {
        var types = Array(repeating: StaticType.unknown, count: elements.count)
        if case .tuple(let known, _) = subject {
            guard known.count == elements.count else {
                throw fail("tuple pattern has the wrong length for tuple type '\(subject.name)'", node)
            }
            types = known
        } else if subject != .unknown {
            throw fail("tuple pattern cannot match values of the non-tuple type '\(subject.name)'", node)
        }
        let parts = try elements.enumerated().map { i, element in try element(types[i]) }
        let tests = parts.map(\.test)
        let position = pos(node)
        return CompiledPattern(test: { f, v in
            guard case .tuple(let t) = v, t.elements.count == tests.count else {
                throw RuntimeError(message: "cannot match value of type '\(v.typeName)' against a tuple pattern", position: position)
            }
            for (test, item) in zip(tests, t.elements) where try !test(f, item) { return false }
            return true
        }, space: .constructor(0, parts.map(\.space)), names: parts.flatMap(\.names))
    }

    /// A name bound by a pattern. In a `case` with several patterns each binds the same names, so a
    /// name already bound in this block keeps its slot.
    func bindPatternName(_ name: String, _ type: StaticType, mutable: Bool) -> CompiledPattern {
        let slot = scope.blocks.last?[name]?.slot ?? scope.declare(name, type: type, mutable: mutable).slot
        return CompiledPattern(test: { f, v in
            f.slots[slot] = v
            return true
        }, space: .any, names: [name])
    }

    /// `lo..<hi` and `lo...hi` as a pattern: whether the value lies in the range.
    func rangePattern(_ infix: InfixOperatorExprSyntax, subject: StaticType) throws -> PatternTest {
        let closed = operatorText(infix.operator) == "..."
        let lo = try lower(infix.leftOperand, expected: subject).code
        let hi = try lower(infix.rightOperand, expected: subject).code
        let position = pos(infix)
        return { f, v in
            try at(position) {
                let above = try compareValues(try lo(f), v) <= 0
                let c = try compareValues(v, try hi(f))
                return above && (closed ? c <= 0 : c < 0)
            }
        }
    }

    /// `90...`, `..<0.5`, `...limit` as a pattern: the value is at least, below, or at most the bound
    /// (numbers or strings). Nil for any other expression.
    func oneSidedRangePattern(_ e: ExprSyntax, subject: StaticType) throws -> PatternTest? {
        guard let range = OneSidedRange(e) else { return nil }
        let accepts: (Int) -> Bool
        switch range.kind {
        case .from: accepts = { $0 >= 0 }
        case .upTo: accepts = { $0 < 0 }
        case .through: accepts = { $0 <= 0 }
        }
        let limit = try lower(range.bound, expected: subject).code
        let position = pos(e)
        return { f, v in
            let b = try limit(f)
            // NaN is in no range, as Swift's comparisons say.
            if case .double(let x) = v, x.isNaN { return false }
            return try at(position) { accepts(try compareValues(v, b)) }
        }
    }

    /// `if case P = e`, `guard case P = e`: the pattern's names are bound in the current block.
    func matchingCondition(_ p: MatchingPatternConditionSyntax) throws -> (Frame) throws -> Bool {
        let annotated = try p.typeAnnotation.map { try resolveType($0.type) }
        let value = try lower(p.initializer.value, expected: annotated)
        let test = try compilePattern(p.pattern, subject: annotated ?? value.type).test
        let code = value.code
        return { f in try test(f, try code(f)) }
    }
}

extension Array where Element == String {
    /// The first name that occurs twice.
    var firstDuplicate: String? {
        var seen: Set<String> = []
        return first { !seen.insert($0).inserted }
    }
}

extension Value {
    /// Whether the value's dynamic type is `type` (for `as` and `is` patterns).
    func hasType(_ type: StaticType) -> Bool {
        switch (self, type) {
        case (_, .unknown): return true
        // A declared type: the same type, a subclass, or a conforming type of a protocol.
        case (.enumeration, .nominal(let t)), (.structure, .nominal(let t)), (.object, .nominal(let t)):
            return declaredType?.isSubtype(of: t) ?? false
        case (.int, .int), (.double, .double), (.float, .float), (.bool, .bool), (.string, .string): return true
        // Collections, optionals and tuples of such types, element by element (an empty array is an array
        // of any element type, as Swift's cast finds).
        case (.array(let items), .array(let element)): return items.allSatisfy { $0.hasType(element) }
        case (.set(let set), .set(let element)): return set.elements.allSatisfy { $0.hasType(element) }
        case (.dictionary(let d), .dictionary(let key, let value)):
            return d.keys.allSatisfy { $0.hasType(key) } && d.values.allSatisfy { $0.hasType(value) }
        case (.tuple(let t), .tuple(let types, _)):
            return t.elements.count == types.count && zip(t.elements, types).allSatisfy { $0.hasType($1) }
        case (.none, .optional): return true
        case (.some(let wrapped), .optional(let w)): return wrapped.hasType(w)
        case (_, .optional(let w)): return hasType(w)
        case (.range, .range), (.function, .function): return true
        case (.native(let n), .native(let name)): return n.typeName == name
        default: return false
        }
    }
}
