import SwiftSyntax

/// Names qualified by the standard library's or Foundation's module (`let n: Swift.Int`, `Foundation.pi`)
/// mean the unqualified names: a cell has no other modules. The qualifier is turned into spaces before the
/// name, so every later token keeps its line and column. A qualified function called (`Swift.min(a, b)`
/// in a type with its own `min`) keeps its qualifier: the lowering calls the library's function
/// (`Lowerer.qualifiedGlobalCall`), which the bare name would not reach there.
enum ModuleQualifiers {
    static let modules: Set<String> = ["Swift", "Foundation"]

    /// `tree` without module qualifiers; the same tree when `source` names no module.
    static func removed(from tree: SourceFileSyntax, source: String) -> SourceFileSyntax {
        guard modules.contains(where: { source.contains($0 + ".") }) else { return tree }
        return Remover(viewMode: .sourceAccurate).rewrite(tree).as(SourceFileSyntax.self) ?? tree
    }

    private final class Remover: SyntaxRewriter {
        override func visit(_ node: MemberAccessExprSyntax) -> ExprSyntax {
            guard let base = node.base?.as(DeclReferenceExprSyntax.self), base.argumentNames == nil,
                ModuleQualifiers.modules.contains(base.baseName.text),
                node.parent?.as(FunctionCallExprSyntax.self)?.calledExpression.id != node.id else { return super.visit(node) }
            let padding = base.leadingTrivia + .spaces(base.trimmedLength.utf8Length + node.period.totalLength.utf8Length)
            return ExprSyntax(node.declName.with(\.leadingTrivia, padding + node.declName.leadingTrivia))
        }

        override func visit(_ node: MemberTypeSyntax) -> TypeSyntax {
            guard let base = node.baseType.as(IdentifierTypeSyntax.self), base.genericArgumentClause == nil,
                ModuleQualifiers.modules.contains(base.name.text) else { return super.visit(node) }
            let padding = base.leadingTrivia + .spaces(base.trimmedLength.utf8Length + node.period.totalLength.utf8Length)
            let name = node.name.with(\.leadingTrivia, padding + node.name.leadingTrivia)
            let type = IdentifierTypeSyntax(name: name, genericArgumentClause: node.genericArgumentClause.map { visit($0) })
            return TypeSyntax(type)
        }
    }
}
