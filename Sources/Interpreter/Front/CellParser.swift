import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSource
import SwiftSyntax

/// Parses one cell with SwiftParser and folds its operators (Swift's table plus `**`).
struct CellParser {
    /// A parsed, operator-folded cell and a converter from syntax positions to cell lines and columns.
    struct Parsed {
        let tree: SourceFileSyntax
        let converter: SourceLocationConverter
    }

    /// Swift's standard operators plus the notebook's `**` (right-associative, above multiplication) and
    /// the element-wise comparisons `.== .!= .< .<= .> .>=` (Swift for TensorFlow's, at comparison precedence).
    static let operators: OperatorTable = {
        var table = OperatorTable.standardOperators
        let extra = Parser.parse(source: """
            precedencegroup ExponentiationPrecedence { associativity: right higherThan: MultiplicationPrecedence }
            infix operator ** : ExponentiationPrecedence
            infix operator .== : ComparisonPrecedence
            infix operator .!= : ComparisonPrecedence
            infix operator .< : ComparisonPrecedence
            infix operator .<= : ComparisonPrecedence
            infix operator .> : ComparisonPrecedence
            infix operator .>= : ComparisonPrecedence
            """)
        // The declaration above is a constant known to be valid; a failure would leave `**` unknown,
        // which then shows up as a located fold diagnostic rather than a crash.
        try? table.addSourceFile(extra)
        return table
    }()

    /// Parses `source` with Swift's and nbrun's operators only (a cell of a fresh session).
    static func parse(_ source: String) -> Result<Parsed, ParseFailure> {
        var table = operators
        return parse(source, operators: &table)
    }

    /// Parses `source`, returning the folded tree or every parse and fold diagnostic of the cell.
    /// `operators` is the session's table: a cell's `infix operator` and `precedencegroup` declarations
    /// join it before the cell is folded, so they hold in that cell and the later ones.
    static func parse(_ source: String, operators: inout OperatorTable) -> Result<Parsed, ParseFailure> {
        if let tooDeep = BracketDepthLimit.check(source) { return .failure(ParseFailure(diagnostics: [tooDeep])) }
        let tree = SyntaxTreeCache.shared.tree(for: source)
        let converter = SourceLocationConverter(fileName: "cell", tree: tree)
        let (checked, flaggedEquals) = ConsistentEqualWorkaround.defuse(tree)
        var diagnostics = ParseDiagnosticsGenerator.diagnostics(for: checked).map { d in
            var loc = d.location(converter: converter)
            // A missing node sits after the trivia (comments) that follows the previous token; report
            // it right after that token instead, where swiftc reports it.
            if d.node.tokens(viewMode: .all).allSatisfy({ $0.presence == .missing }),
                let previous = d.node.previousToken(viewMode: .sourceAccurate) {
                loc = converter.location(for: previous.endPositionBeforeTrailingTrivia)
            }
            return Diagnostic(phase: .parse, line: loc.line, column: loc.column, message: d.message)
        }
        for position in flaggedEquals {
            let loc = converter.location(for: position)
            let at = diagnostics.firstIndex { ($0.line, $0.column) > (loc.line, loc.column) } ?? diagnostics.endIndex
            diagnostics.insert(Diagnostic(phase: .parse, line: loc.line, column: loc.column,
                                          message: ConsistentEqualWorkaround.message), at: at)
        }
        if !diagnostics.isEmpty { return .failure(ParseFailure(diagnostics: diagnostics)) }
        var table = operators
        if tree.statements.contains(where: { $0.item.is(OperatorDeclSyntax.self) || $0.item.is(PrecedenceGroupDeclSyntax.self) }) {
            table.addSourceFile(tree) { error in
                let d = error.asDiagnostic
                let loc = d.location(converter: converter)
                diagnostics.append(Diagnostic(phase: .parse, line: loc.line, column: loc.column, message: d.message))
            }
        }
        let folded = table.foldAll(tree) { error in
            let d = error.asDiagnostic
            let loc = d.location(converter: converter)
            diagnostics.append(Diagnostic(phase: .parse, line: loc.line, column: loc.column, message: d.message))
        }
        guard diagnostics.isEmpty, let file = folded.as(SourceFileSyntax.self) else {
            return .failure(ParseFailure(diagnostics: diagnostics))
        }
        operators = table
        // Folding regroups nodes but keeps every token where it was, so positions map as before; so does
        // removing module qualifiers.
        return .success(Parsed(tree: ModuleQualifiers.removed(from: file, source: source), converter: converter))
    }
}

/// Every parse (or operator-folding) diagnostic of a cell.
struct ParseFailure: Error {
    var diagnostics: [Diagnostic]
}
