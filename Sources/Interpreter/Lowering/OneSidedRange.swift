import SwiftSyntax

/// A one-sided range as written (`2...`, `..<k`, `...k`), which nbrun reads where it has a meaning:
/// an array subscript, a pattern, an argument of `zip`.
struct OneSidedRange {
    enum Kind {
        /// `lower...`: from the bound on.
        case from
        /// `..<upper`: below the bound.
        case upTo
        /// `...upper`: up to and including the bound.
        case through
    }

    let kind: Kind
    /// The expression of the one bound written.
    let bound: ExprSyntax

    /// The range `e` writes, or nil when it is not a one-sided range.
    init?(_ e: ExprSyntax) {
        if let postfix = e.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
            kind = .from
            bound = postfix.expression
        } else if let prefix = e.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "..<" || prefix.operator.text == "..." {
            kind = prefix.operator.text == "..<" ? .upTo : .through
            bound = prefix.expression
        } else {
            return nil
        }
    }
}
