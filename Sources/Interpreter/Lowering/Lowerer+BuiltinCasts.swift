import SwiftSyntax

extension Lowerer {
    /// `item as? Int`, `item as! [Double]`, `item is String` on a value of type `Any` (or an optional of
    /// one): whether the value is of that built-in type, checked at run time (an array's or dictionary's
    /// elements each, as Swift checks them). Nil when the target is not a built-in type or the operand's
    /// static type already decides (the caller reports the cast).
    func builtinTypeCast(_ expression: ExprSyntax, _ type: TypeSyntax, _ kind: BuiltinCastKind, _ node: some SyntaxProtocol) throws -> Typed? {
        guard let target = try? resolveType(type), Self.castableBuiltin(target) else { return nil }
        let operand = try lower(expression)
        guard operand.type == .unknown || operand.type == .optional(.unknown) else { return nil }
        let code = operand.code, position = pos(node)
        switch kind {
        case .test:
            return Typed(.bool) { f in .bool(Self.value(try code(f).unwrappedForCast, is: target)) }
        case .optional:
            return Typed(.optional(target)) { f in
                let value = try code(f).unwrappedForCast
                return Self.value(value, is: target) ? .some(value) : .none
            }
        case .forced:
            return Typed(target) { f in
                let value = try code(f).unwrappedForCast
                guard Self.value(value, is: target) else {
                    throw RuntimeError(message: "Could not cast value of type '\(value.typeName)' to '\(target.name)'.", position: position)
                }
                return value
            }
        }
    }

    /// `is`, `as?` or `as!`.
    enum BuiltinCastKind {
        case test, optional, forced
    }

    /// Whether a run-time check can tell values of `type` (numbers, text, truth values, and arrays,
    /// dictionaries and optionals of them).
    static func castableBuiltin(_ type: StaticType) -> Bool {
        switch type {
        case .int, .double, .float, .string, .bool: return true
        case .array(let element): return element == .unknown || castableBuiltin(element)
        case .dictionary(let key, let value):
            return (key == .unknown || castableBuiltin(key)) && (value == .unknown || castableBuiltin(value))
        default: return false
        }
    }

    /// Whether `value` is of built-in type `type` (`.unknown`, Swift's `Any`, takes every value).
    static func value(_ value: Value, is type: StaticType) -> Bool {
        switch (type, value) {
        case (.unknown, _), (.int, .int), (.double, .double), (.float, .float), (.string, .string), (.bool, .bool): return true
        case (.array(let element), .array(let items)): return items.allSatisfy { Self.value($0, is: element) }
        case (.dictionary(let key, let valueType), .dictionary(let entries)):
            return entries.keys.allSatisfy { Self.value($0, is: key) } && entries.values.allSatisfy { Self.value($0, is: valueType) }
        default: return false
        }
    }
}
