import SwiftParser
import SwiftSyntax

/// Types as values: `type(of: x)` and `Point.self`, `Int.self`, `[Double].self` (`MetatypeValue`).
extension Lowerer {
    /// `type(of: x)`: the type of `x`'s value, the dynamic one where Swift's is (an instance of a
    /// subclass, a protocol-typed value, `Any`); nil when the call is not that.
    func typeOfCall(_ args: [CallArgument]) throws -> Typed? {
        guard args.count == 1, args[0].label == "of" else { return nil }
        let operand = try lower(args[0].expr)
        let code = operand.code, type = operand.type
        if let name = Self.staticSpelling(type) {
            let metatype = Value.native(MetatypeValue(spelling: name, declared: Self.declaredType(type)))
            return Typed(.unknown) { f in
                _ = try code(f)
                return metatype
            }
        }
        return Typed(.unknown) { f in
            let value = try code(f)
            if case .native(let n) = value, let m = n as? MetatypeValue {
                return .native(MetatypeValue(spelling: m.typeName, declared: nil))
            }
            return .native(MetatypeValue(spelling: Self.dynamicSpelling(value, type), declared: value.declaredType ?? Self.declaredType(type)))
        }
    }

    /// `Point.self`, `Int.self`, `[Double].self`, `Pair<Int, String>.self`: the type as a value; for an
    /// expression that is not a type, `x.self` is `x`. Nil when the member is not `self`.
    func selfMember(_ m: MemberAccessExprSyntax) throws -> Typed? {
        guard m.declName.baseName.text == "self", m.declName.argumentNames == nil, let base = m.base else { return nil }
        if let type = try typeParameterValue(base) { return Typed(.unknown, type) }
        if let type = try writtenType(base) {
            let declared = Self.declaredType(type)
            // A generic type's arguments are erased in `type`: its spelling is the one written.
            let generic = declared.map { !$0.genericParameters.isEmpty } ?? false
            if let name = generic ? base.trimmedDescription : Self.componentSpelling(type) {
                return .constant(.native(MetatypeValue(spelling: name, declared: declared)), .unknown)
            }
        }
        return try lower(base)
    }

    /// The type an expression spells (`Int`, `[Double]`, `Point`, `Model.Config`), or nil when it is a value.
    private func writtenType(_ e: ExprSyntax) throws -> StaticType? {
        // (Type parameters are erased: what `T` stands for is not known while lowering; a generic
        // function's own are found when it runs, `typeParameterValue`.)
        for token in e.tokens(viewMode: .sourceAccurate) where scope.typeParameter(token.text) != nil && scope.lookup(token.text) == nil {
            throw unsupported("a generic type parameter used as a value ('\(token.text).self')", e)
        }
        if let ref = e.as(DeclReferenceExprSyntax.self), let found = scope.lookup(ref.baseName.text) {
            if case .metatype(let type) = found.binding.type { return type.extendedBuiltin ?? .nominal(type) }
            return nil
        }
        if let outer = typeExpression(e) { return .nominal(outer) }
        guard e.is(DeclReferenceExprSyntax.self) || e.is(ArrayExprSyntax.self) || e.is(DictionaryExprSyntax.self)
            || e.is(GenericSpecializationExprSyntax.self) || e.is(TupleExprSyntax.self) || e.is(OptionalChainingExprSyntax.self)
        else { return nil }
        var parser = Parser(e.trimmedDescription)
        let written = TypeSyntax.parse(from: &parser)
        guard !written.hasError, written.trimmedDescription == e.trimmedDescription else { return nil }
        return try? resolveType(written)
    }

    /// The declared type a static type names, if any.
    static func declaredType(_ type: StaticType) -> NominalType? {
        if case .nominal(let t) = type { return t }
        return nil
    }

    /// Swift's spelling of `type(of:)` for a value of static type `type` when the static type alone
    /// decides it: nil for a class (the value may be a subclass's), a protocol, `Any`, a range (closed
    /// or not), a generic type (its arguments are recorded in the value) and a native type.
    static func staticSpelling(_ type: StaticType) -> String? {
        switch type {
        case .nominal(let t) where t.isClass || t.isProtocol || !t.genericParameters.isEmpty: return nil
        case .unknown, .native, .nilLiteral, .range, .metatype: return nil
        default: return componentSpelling(type)
        }
    }

    /// Swift's spelling of `type` inside another type (`Array<Shape>`: protocols and classes by
    /// their own names), or nil when it is not known statically.
    static func componentSpelling(_ type: StaticType) -> String? {
        switch type {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .void: return "()"
        case .unknown: return "Any"
        case .array(let e): return componentSpelling(e).map { "Array<\($0)>" }
        case .set(let e): return componentSpelling(e).map { "Set<\($0)>" }
        case .optional(let w): return componentSpelling(w).map { "Optional<\($0)>" }
        case .dictionary(let k, let v):
            guard let key = componentSpelling(k), let value = componentSpelling(v) else { return nil }
            return "Dictionary<\(key), \(value)>"
        case .tuple(let items, let labels):
            var parts: [String] = []
            for (i, item) in items.enumerated() {
                guard let part = componentSpelling(item) else { return nil }
                parts.append((labels?[i]).map { "\($0): \(part)" } ?? part)
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .function(let parameters, let result):
            let spelled = parameters.map(componentSpelling)
            guard spelled.allSatisfy({ $0 != nil }), let r = componentSpelling(result) else { return nil }
            return "(" + spelled.map { $0! }.joined(separator: ", ") + ") -> " + r
        case .nominal(let t): return t.genericParameters.isEmpty ? t.name : nil
        // (Whether a range is closed shows only in its value.)
        case .native, .nilLiteral, .metatype, .range: return nil
        }
    }

    /// `type(of:)` of `value`, whose static type did not decide it.
    static func dynamicSpelling(_ value: Value, _ type: StaticType) -> String {
        switch (type, value) {
        case (.optional(let w), .some(let wrapped)):
            return "Optional<\(componentSpelling(w) ?? GenericArguments.spelling(of: wrapped) ?? "Any")>"
        case (.nominal(let t), _) where !t.isClass && !t.isProtocol && t.genericParameters.isEmpty:
            return t.name
        default:
            return GenericArguments.spelling(of: value) ?? componentSpelling(type) ?? type.name
        }
    }
}
