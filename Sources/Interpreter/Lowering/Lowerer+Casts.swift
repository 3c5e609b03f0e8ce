import SwiftSyntax

extension Lowerer {
    /// The type `T` of `as? T`, `as! T` or `is T` when run-time checks can answer for it: a class,
    /// protocol, struct or enum declared in the notebook (a generic struct or enum only as a
    /// class's or protocol's would be: not at all, its arguments are not kept).
    func castTarget(_ type: TypeSyntax) -> NominalType? {
        guard case .nominal(let target)? = try? resolveType(type) else { return nil }
        return target.isClass || target.isProtocol || target.genericParameters.isEmpty ? target : nil
    }

    /// `value as? T` / `value as! T` where `T` is a type declared in the notebook (`castTarget`):
    /// whether the value's own type is `T`, a subclass of it or conforms to it, checked at run time.
    /// Nil when `T` is not such a type (the caller reports the cast as unsupported).
    func declaredTypeCast(_ e: AsExprSyntax, forced: Bool) throws -> Typed? {
        guard let target = castTarget(e.type) else { return nil }
        let operand = try lower(e.expression)
        guard operand.type.mayHoldDeclaredValue else { return nil }
        let code = operand.code, position = pos(e), rt = self.rt
        let module = InterpreterSession.moduleName
        if forced {
            return Typed(.nominal(target)) { f in
                let value = try code(f).unwrappedForCast
                guard let type = rt.conformingType(of: value), type.isSubtype(of: target) else {
                    throw RuntimeError(message: "Could not cast value of type '\(module).\(value.typeName)' to '\(module).\(target.name)'.",
                                       position: position)
                }
                return value
            }
        }
        return Typed(.optional(.nominal(target))) { f in
            let value = try code(f).unwrappedForCast
            guard let type = rt.conformingType(of: value), type.isSubtype(of: target) else { return .none }
            return .some(value)
        }
    }

    /// `value is T` for a type `T` declared in the notebook (`castTarget`), or nil for other types.
    func declaredTypeTest(_ e: IsExprSyntax) throws -> Typed? {
        guard let target = castTarget(e.type) else { return nil }
        let operand = try lower(e.expression)
        guard operand.type.mayHoldDeclaredValue else { return nil }
        let code = operand.code, rt = self.rt
        return Typed(.bool) { f in .bool(rt.conformingType(of: try code(f).unwrappedForCast)?.isSubtype(of: target) ?? false) }
    }
}

extension StaticType {
    /// Whether a value of this static type may be of a type the notebook declared (a declared type,
    /// a protocol, a value known only at run time such as a caught `error`, or an optional of one).
    var mayHoldDeclaredValue: Bool {
        switch self {
        case .nominal, .unknown: return true
        case .optional(let wrapped): return wrapped.mayHoldDeclaredValue
        default: return false
        }
    }
}

extension Value {
    /// The value a cast looks at: an optional's wrapped value (nil stays nil, which no type matches).
    var unwrappedForCast: Value {
        if case .some(let wrapped) = self { return wrapped.unwrappedForCast }
        return self
    }
}
