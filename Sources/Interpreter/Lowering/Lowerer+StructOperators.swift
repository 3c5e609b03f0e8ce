import SwiftSyntax

extension Lowerer {
    /// The `static func op` of a declared type that an operand has (left operand first), or nil
    /// when neither operand is of a type implementing `op`.
    func operatorImplementation(_ op: String, _ left: ExprSyntax, _ right: ExprSyntax) throws -> Method? {
        let lowered = try implicitMemberOperands(left, right)
        var candidates: [Method] = []
        for operand in lowered {
            // A declared type's own, or one an extension of a built-in type declares (`extension Array where
            // Element == Double { static func .+ … }`).
            let types: [NominalType]
            if case .nominal(let type) = operand.type { types = [type] } else { types = builtinExtensions(of: operand.type) }
            for type in types {
                for method in Self.operatorOverloads(op, in: type.staticMethods) where !candidates.contains(where: { $0 === method }) {
                    candidates.append(method)
                }
            }
        }
        return operatorOverload(candidates, [left, right], lowered)
    }

    /// Both operands of a binary operator, an implicit member (`e == .a(2)`) typed by the other operand.
    func implicitMemberOperands(_ left: ExprSyntax, _ right: ExprSyntax) throws -> [Typed] {
        if isImplicitMember(left), !isImplicitMember(right) {
            let r = try lower(right)
            return [try lower(left, expected: r.type.isVague ? nil : r.type), r]
        }
        let l = try lower(left)
        return [l, try lower(right, expected: isImplicitMember(right) && !l.type.isVague ? l.type : nil)]
    }

    /// `p == P(x: 1)` with `p: P?` where `P` declares its own `==`: Swift's `==` of optionals, which
    /// compares two values with `P`'s `==` and is true for two nils. Nil when neither operand is an
    /// optional of a type with its own `==`.
    func optionalEquality(_ e: InfixOperatorExprSyntax, negated: Bool) throws -> Typed? {
        guard let operands = try? implicitMemberOperands(e.leftOperand, e.rightOperand) else { return nil }
        let l = operands[0], r = operands[1]
        func declared(_ type: StaticType) -> NominalType? {
            switch type {
            case .nominal(let t), .optional(.nominal(let t)): return t
            default: return nil
            }
        }
        func isOptional(_ type: StaticType) -> Bool {
            if case .optional = type { return true }
            return false
        }
        guard isOptional(l.type) || isOptional(r.type), let type = declared(l.type) ?? declared(r.type),
            declared(l.type).map({ $0 === type }) ?? (l.type == .nilLiteral),
            declared(r.type).map({ $0 === type }) ?? (r.type == .nilLiteral),
            let equal = Self.operatorOverloads("==", in: type.staticMethods).first(where: {
                $0.signature.types == [.nominal(type), .nominal(type)] }) else { return nil }
        let lc = l.code, rc = r.code, position = pos(e.operator), rt = self.rt
        return Typed(.bool) { f in
            let a = try lc(f), b = try rc(f)
            let same: Bool
            switch (Self.wrapped(a), Self.wrapped(b)) {
            case (nil, nil): same = true
            case (let x?, let y?):
                guard let fn = equal.function else { throw RuntimeFailure("'==' is used before its declaration").located(at: position) }
                guard case .bool(let result) = try at(position, { try rt.invoke(fn, [x, y]) }) else {
                    throw RuntimeFailure("'==' must return a Bool").located(at: position)
                }
                same = result
            default: same = false
            }
            return .bool(same != negated)
        }
    }

    /// The value an optional holds (a non-optional value is itself); nil for `nil`.
    private static func wrapped(_ value: Value) -> Value? {
        switch value {
        case .none: return nil
        case .some(let inner): return inner
        default: return value
        }
    }
}
