import SwiftSyntax

extension Lowerer {
    /// `Double.random(in: a..<b)`, `Float.random(in: a...b)`, `Int.random(in: range)`, `Bool.random()`
    /// (see `RandomValues`); nil when `typeName` is none of these types.
    func randomValueCall(_ typeName: String, _ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed? {
        switch typeName {
        case "Bool":
            guard args.isEmpty else { throw unsupported("'Bool.random' with these arguments", e) }
            return evaluateNative([], args, e, type: .bool) { _, rt in try RandomValues.bool(rt) }
        case "Int":
            guard args.count == 1, args[0].label == "in" else { throw unsupported("'Int.random' with these arguments", e) }
            let range = try lower(args[0].expr)
            guard range.type == .range else { throw fail("'Int.random(in:)' takes a range of Int", args[0].expr) }
            return evaluateNative([range], args, e, type: .int) { a, rt in
                guard case .range(let r) = a[0].value else { throw RuntimeFailure("expected a range") }
                return try RandomValues.int(in: r, rt)
            }
        case "Double", "Float":
            guard args.count == 1, args[0].label == "in" else { throw unsupported("'\(typeName).random' with these arguments", e) }
            guard let infix = args[0].expr.as(InfixOperatorExprSyntax.self),
                let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..<" || op == "..." else {
                return try randomValue(in: args[0].expr, typeName, e)
            }
            let type: StaticType = typeName == "Double" ? .double : .float
            let bounds = try [infix.leftOperand, infix.rightOperand].map { try coerce(lower($0, expected: type), to: type, $0) }
            let closed = op == "...", lowerCode = bounds[0].code, upperCode = bounds[1].code
            let position = pos(e), rt = self.rt
            return Typed(type) { f in
                let lower = try lowerCode(f), upper = try upperCode(f)
                return try at(position) {
                    switch (lower, upper) {
                    case (.double(let a), .double(let b)): return .double(try RandomValues.floating(a, b, closed: closed, rt))
                    case (.float(let a), .float(let b)): return .float(try RandomValues.floating(a, b, closed: closed, rt))
                    default: throw RuntimeFailure("expected two bounds of type '\(typeName)'")
                    }
                }
            }
        default:
            return nil
        }
    }

    /// `Double.random(in: unit)` with a range held in a variable (`FloatingRange`).
    private func randomValue(in rangeExpression: ExprSyntax, _ typeName: String, _ e: FunctionCallExprSyntax) throws -> Typed {
        let type: StaticType = typeName == "Double" ? .double : .float
        let range = try lower(rangeExpression)
        guard range.type.isVague || range.type == Self.floatingRangeType(closed: true, float: type == .float)
            || range.type == Self.floatingRangeType(closed: false, float: type == .float) else {
            throw fail("'\(typeName).random(in:)' takes a range of \(typeName)", rangeExpression)
        }
        let code = range.code, position = pos(e), rt = self.rt
        return Typed(type) { f in
            let value = try code(f)
            return try at(position) {
                guard case .native(let n) = value, let r = n as? FloatingRange, r.isFloat == (type == .float) else {
                    throw RuntimeFailure("'\(typeName).random(in:)' takes a range of \(typeName)")
                }
                return type == .float ? .float(try RandomValues.floating(Float(r.lower), Float(r.upper), closed: r.closed, rt))
                    : .double(try RandomValues.floating(r.lower, r.upper, closed: r.closed, rt))
            }
        }
    }
}
