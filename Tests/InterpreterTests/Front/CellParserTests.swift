import SwiftSyntax
import Testing
@testable import Interpreter

/// Parsing and operator folding, including the notebook's `**`.
@Suite struct CellParserTests {
    /// The folded tree of a single expression statement, as an S-expression.
    func folded(_ source: String) throws -> String {
        guard case .success(let parsed) = CellParser.parse(source),
            case .expr(let e)? = parsed.tree.statements.first?.item else {
            Issue.record("did not parse: \(source)")
            return ""
        }
        return sexp(e)
    }

    func sexp(_ e: ExprSyntax) -> String {
        if let i = e.as(InfixOperatorExprSyntax.self) {
            return "(\(i.operator.trimmedDescription) \(sexp(i.leftOperand)) \(sexp(i.rightOperand)))"
        }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return "(\(p.operator.text) \(sexp(p.expression)))" }
        return e.trimmedDescription
    }

    @Test func powerIsRightAssociativeAndAboveMultiplication() throws {
        #expect(try folded("2 * x ** 3 ** 2") == "(* 2 (** x (** 3 2)))")
        #expect(try folded("a + b * c ** d") == "(+ a (* b (** c d)))")
        #expect(try folded("-x ** 2") == "(** (- x) 2)")
    }

    @Test func reportsEveryParseErrorWithItsPosition() {
        guard case .failure(let failure) = CellParser.parse("let a = (1 +\nlet b = ]") else {
            Issue.record("expected parse errors")
            return
        }
        #expect(failure.diagnostics.count >= 2)
        #expect(failure.diagnostics.first?.line == 1)
        #expect(failure.diagnostics.first?.column == 13)
        #expect(failure.diagnostics.allSatisfy { $0.phase == .parse })
    }

    @Test func unknownOperatorsAreFoldDiagnostics() {
        guard case .failure(let failure) = CellParser.parse("let a = 1 +++ 2") else {
            Issue.record("expected a fold error")
            return
        }
        #expect(failure.diagnostics == [Diagnostic(phase: .parse, line: 1, column: 11, message: "unknown infix operator '+++'")])
    }
}
