import SwiftSyntax

/// The `some P` result of the function being lowered: every `return` must give the same concrete type,
/// as Swift requires of an opaque result type.
final class OpaqueResult {
    /// The result as written (`some Shape`).
    let spelling: String
    /// The function's name, where swiftc reports a mismatch.
    let name: TokenSyntax
    /// The type of the first `return` whose type is known.
    private var underlying: StaticType?

    /// The opaque result of `function`, or nil when its result is not `some …`.
    init?(of function: FunctionDeclSyntax) {
        guard let result = function.signature.returnClause?.type.as(SomeOrAnyTypeSyntax.self),
            result.someOrAnySpecifier.tokenKind == .keyword(.some)
        else { return nil }
        spelling = result.trimmedDescription
        name = function.name
    }

    /// Records the type of one `return`; false when it differs from an earlier one.
    func accepts(_ type: StaticType) -> Bool {
        guard type != .unknown, type != .nilLiteral else { return true }
        guard let underlying else {
            underlying = type
            return true
        }
        return underlying == type
    }

    /// swiftc's message for `return`s of different types.
    var mismatchMessage: String {
        "function declares an opaque return type '\(spelling)', but the return statements in its body do not have matching underlying types"
    }
}
