import SwiftSource
import SwiftSyntax

/// Highlights Swift code from swift-syntax tokens (never regexes), as `<span class="…">` runs.
///
/// The code is parsed with `Parser.parse(source:)` (the interpreter's tree of the same cell is reused,
/// `SyntaxTreeCache`) and every token of the source-accurate view is
/// classified, together with the comments in its trivia. Parsing never fails and the source-accurate
/// tokens plus trivia spell out the input exactly, so invalid code is still shown unchanged.
enum SwiftHighlighter {
    /// The kinds of highlighted text; the raw value is the CSS class.
    enum Style: String, Sendable {
        case keyword = "kw"
        case string = "str"
        case number = "num"
        case comment = "com"
        case type = "ty"
        case call = "fn"
        case `operator` = "op"
    }

    /// The code as text and styled spans, in order.
    static func highlight(_ code: String) -> [HTMLNode] {
        var runs = Runs()
        let tree = SyntaxTreeCache.shared.tree(for: code)
        for token in tree.tokens(viewMode: .sourceAccurate) {
            append(token.leadingTrivia, to: &runs)
            runs.append(token.text, style: style(of: token))
            append(token.trailingTrivia, to: &runs)
        }
        return runs.nodes
    }

    /// Adds trivia: comments styled, everything else (spaces, newlines, stray text) plain.
    private static func append(_ trivia: Trivia, to runs: inout Runs) {
        for piece in trivia {
            var text = ""
            piece.write(to: &text)
            switch piece {
            case .lineComment, .blockComment, .docLineComment, .docBlockComment:
                runs.append(text, style: .comment)
            default:
                runs.append(text, style: nil)
            }
        }
    }

    /// The style of one token, from its kind and, for identifiers, its place in the tree.
    static func style(of token: TokenSyntax) -> Style? {
        switch token.tokenKind {
        case .keyword:
            return .keyword
        case .stringSegment, .stringQuote, .multilineStringQuote, .singleQuote, .rawStringPoundDelimiter,
             .regexSlash, .regexPoundDelimiter, .regexLiteralPattern:
            return .string
        case .integerLiteral, .floatLiteral:
            return .number
        case .binaryOperator, .prefixOperator, .postfixOperator, .equal, .arrow, .infixQuestionMark:
            return .operator
        case .identifier(let name):
            if isCallee(token) { return .call }
            if let first = name.unicodeScalars.first, first.properties.isUppercase { return .type }
            return nil
        default:
            return nil
        }
    }

    /// Whether the identifier names the function of a call: `f(…)`, `a.f(…)`, `f { … }`, or a `func` declaration.
    private static func isCallee(_ token: TokenSyntax) -> Bool {
        if let function = token.parent?.as(FunctionDeclSyntax.self) { return function.name.id == token.id }
        guard let reference = token.parent?.as(DeclReferenceExprSyntax.self) else { return false }
        var callee = Syntax(reference)
        if let member = reference.parent?.as(MemberAccessExprSyntax.self), member.declName.id == reference.id {
            callee = Syntax(member)
        }
        guard let call = callee.parent?.as(FunctionCallExprSyntax.self) else { return false }
        // Capitalised callees are initialisers (`Tensor(…)`): show them as types.
        let isType = token.text.unicodeScalars.first?.properties.isUppercase ?? false
        return call.calledExpression.id == callee.id && !isType
    }
}

/// Text runs with merged neighbours of the same style, turned into HTML nodes.
private struct Runs {
    private var runs: [(text: String, style: SwiftHighlighter.Style?)] = []

    mutating func append(_ text: String, style: SwiftHighlighter.Style?) {
        guard !text.isEmpty else { return }
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append((text, style))
        }
    }

    var nodes: [HTMLNode] {
        runs.map { run in
            guard let style = run.style else { return .text(run.text) }
            return .el("span", [("class", style.rawValue)], [.text(run.text)])
        }
    }
}
