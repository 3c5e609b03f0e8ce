import SwiftParser
import SwiftSyntax

/// Answers `is_complete_request` from swift-syntax's parse: code that parses is complete; code whose only
/// problems are tokens missing at its very end (an open `{`, `(`, `[` or a dangling operator) is
/// incomplete, with an indent of four spaces per open brace; anything else is invalid.
enum CompletenessCheck {
    /// The three answers and the indent to continue with.
    enum Status: Equatable {
        case complete
        case incomplete(indent: String)
        case invalid
    }

    /// Classifies `code`.
    static func status(of code: String) -> Status {
        let file = Parser.parse(source: code)
        guard file.hasError else { return .complete }
        let finder = ProblemFinder(viewMode: .all)
        finder.walk(file)
        let end = file.endOfFileToken.position
        guard !finder.hasUnexpectedText, finder.missingTokens.allSatisfy({ $0.position == end }) else { return .invalid }
        let openBraces = finder.missingTokens.filter { $0.tokenKind == .rightBrace }.count
        return .incomplete(indent: String(repeating: "    ", count: openBraces))
    }

    /// Collects missing tokens and text the parser could not place.
    private final class ProblemFinder: SyntaxVisitor {
        var missingTokens: [TokenSyntax] = []
        var hasUnexpectedText = false

        override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
            if token.presence == .missing { missingTokens.append(token) }
            return .visitChildren
        }

        override func visit(_ node: UnexpectedNodesSyntax) -> SyntaxVisitorContinueKind {
            hasUnexpectedText = true
            return .skipChildren
        }
    }
}
