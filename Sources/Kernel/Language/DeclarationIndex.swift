import SwiftSource
import SwiftSyntax

/// The top-level names the author declared in the cells the kernel ran, with what `inspect` shows of
/// them (the declaration's first line and its `///` comment) and, when the initializer says, their type.
struct DeclarationIndex {
    /// One declared name.
    struct Declaration: Equatable {
        var name: String
        /// The declaration as written, up to its body or initializer value (`func f(x: Int) -> Int`).
        var signature: String
        /// The `///` comment above it, without the slashes (empty when there is none).
        var doc: String
        /// `Tensor`, `Variable`, `GradientTape` or `Array` when the initializer makes one; else nil.
        var type: String?
    }

    private(set) var declarations: [String: Declaration] = [:]

    /// Records the declarations of a cell that ran (a later cell's declaration replaces an earlier one).
    mutating func add(cell source: String) {
        let file = SyntaxTreeCache.shared.tree(for: source)  // the tree the interpreter just ran
        for item in file.statements {
            guard case .decl(let decl) = item.item else { continue }
            if let function = decl.as(FunctionDeclSyntax.self) {
                let name = function.name.text
                let signature = "func \(name)\(function.signature.trimmedDescription)"
                declarations[name] = Declaration(name: name, signature: signature, doc: Self.doc(of: function), type: nil)
            } else if let variable = decl.as(VariableDeclSyntax.self) {
                for binding in variable.bindings {
                    guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else { continue }
                    let name = identifier.identifier.text
                    var signature = "\(variable.bindingSpecifier.text) \(name)"
                    if let annotation = binding.typeAnnotation { signature += annotation.trimmedDescription }
                    declarations[name] = Declaration(name: name, signature: signature, doc: Self.doc(of: variable),
                                                     type: Self.type(of: binding))
                }
            }
        }
    }

    /// The `///` lines in a declaration's leading trivia, joined with newlines.
    private static func doc(of node: some SyntaxProtocol) -> String {
        node.leadingTrivia.compactMap { piece -> String? in
            guard case .docLineComment(let text) = piece else { return nil }
            return String(text.dropFirst(3).drop(while: { $0 == " " }))
        }.joined(separator: "\n")
    }

    /// The runtime type the binding's annotation or initializer names, when it is one `complete` knows.
    private static func type(of binding: PatternBindingSyntax) -> String? {
        if let annotation = binding.typeAnnotation?.type {
            if annotation.is(ArrayTypeSyntax.self) { return "Array" }
            return annotation.trimmedDescription
        }
        guard let value = binding.initializer?.value else { return nil }
        if value.is(ArrayExprSyntax.self) { return "Array" }
        guard let call = value.as(FunctionCallExprSyntax.self) else { return nil }
        if let reference = call.calledExpression.as(DeclReferenceExprSyntax.self) { return reference.baseName.text }
        if let member = call.calledExpression.as(MemberAccessExprSyntax.self),
           let base = member.base?.as(DeclReferenceExprSyntax.self) {
            return base.baseName.text
        }
        return nil
    }
}
