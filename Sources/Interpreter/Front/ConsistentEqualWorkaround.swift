import SwiftParser
import SwiftSyntax

/// Keeps swift-syntax 603.0.1's parse-diagnostics generator from trapping on one kind of malformed `=`.
///
/// The lexer flags an `=` whose two sides differ in whitespace. The generator then offers a Fix-It that
/// adds the missing space, but it decides which side is missing one by looking for a space or tab in the
/// trivia, and unexpected text (a control character, a curly quote, a replaced invalid UTF-8 byte) is
/// trivia too: in `let m \u{1}= 1` both sides hold a space, the Fix-It has no change, and `FixIt.init`
/// traps ("A Fix-It must have at least one change associated with it"). `scripts/fuzz.sh` found it.
///
/// Such `=` tokens are replaced by the same token without its lexer diagnostic before the generator
/// runs (the source text, hence every position, stays the same), and their diagnostic is reported here.
enum ConsistentEqualWorkaround {
    /// The message swift-syntax gives the flagged `=`.
    static let message = "'=' must have consistent whitespace on both sides"

    /// `tree` with every `=` that would trap the generator replaced, and where those tokens are; the
    /// same tree and no positions when there are none. The flagged diagnostic is an error, so a tree
    /// without errors (the common case) is returned at once, without a walk over its tokens.
    static func defuse(_ tree: SourceFileSyntax) -> (tree: SourceFileSyntax, flagged: [AbsolutePosition]) {
        guard tree.hasError else { return (tree, []) }
        let flagged = tree.tokens(viewMode: .all).filter(trapsGenerator)
        guard !flagged.isEmpty else { return (tree, []) }
        let rewritten = Rewriter(flagged: Set(flagged.map(\.id))).rewrite(tree).cast(SourceFileSyntax.self)
        return (rewritten, flagged.map(\.positionAfterSkippingLeadingTrivia))
    }

    /// Whether the generator would build a Fix-It without changes for `token` (its own test, repeated).
    private static func trapsGenerator(_ token: TokenSyntax) -> Bool {
        guard token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides else { return false }
        let leading = token.previousToken(viewMode: .all)?.trailingTrivia.contains(where: \.isSpaceOrTab) ?? false
        let trailing = token.trailingTrivia.contains(where: \.isSpaceOrTab)
        return leading && trailing
    }

    /// Replaces the flagged tokens by fresh ones of the same kind and trivia, which carry no diagnostic.
    private final class Rewriter: SyntaxRewriter {
        let flagged: Set<SyntaxIdentifier>

        init(flagged: Set<SyntaxIdentifier>) {
            self.flagged = flagged
            super.init(viewMode: .all)
        }

        override func visit(_ token: TokenSyntax) -> TokenSyntax {
            guard flagged.contains(token.id) else { return token }
            return TokenSyntax(token.tokenKind, leadingTrivia: token.leadingTrivia,
                               trailingTrivia: token.trailingTrivia, presence: token.presence)
        }
    }
}
