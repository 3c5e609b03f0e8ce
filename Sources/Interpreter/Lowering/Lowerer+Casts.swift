import SwiftSyntax

extension Lowerer {
    /// `value as? T` / `value as! T` where `T` is a class or protocol declared in the notebook:
    /// whether the value's own type is `T`, a subclass of it or conforms to it, checked at run time.
    /// Nil when `T` is not such a type (the caller reports the cast as unsupported).
    func declaredTypeCast(_ e: AsExprSyntax, forced: Bool) throws -> Typed? {
        guard case .nominal(let target)? = try? resolveType(e.type), target.isClass || target.isProtocol else { return nil }
        let operand = try lower(e.expression)
        guard case .nominal = operand.type else { return nil }
        let code = operand.code, position = pos(e)
        let module = InterpreterSession.moduleName
        if forced {
            return Typed(.nominal(target)) { f in
                let value = try code(f)
                guard let type = value.declaredType, type.isSubtype(of: target) else {
                    throw RuntimeError(message: "Could not cast value of type '\(module).\(value.typeName)' to '\(module).\(target.name)'.",
                                       position: position)
                }
                return value
            }
        }
        return Typed(.optional(.nominal(target))) { f in
            let value = try code(f)
            guard let type = value.declaredType, type.isSubtype(of: target) else { return .none }
            return .some(value)
        }
    }

    /// `value is T` for a class or protocol `T` declared in the notebook, or nil for other types.
    func declaredTypeTest(_ e: IsExprSyntax) throws -> Typed? {
        guard case .nominal(let target)? = try? resolveType(e.type), target.isClass || target.isProtocol else { return nil }
        let operand = try lower(e.expression)
        guard case .nominal = operand.type else { return nil }
        let code = operand.code
        return Typed(.bool) { f in .bool(try code(f).declaredType?.isSubtype(of: target) ?? false) }
    }
}
