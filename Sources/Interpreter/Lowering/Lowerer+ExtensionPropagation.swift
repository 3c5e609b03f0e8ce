import SwiftSyntax

extension Lowerer {
    /// Gives the members an `extension` just added to `type` to the types that copied `type`'s members
    /// when they were declared, as Swift's extensions reach them: a class's subclasses (unless they
    /// declare the member themselves) and a protocol's conforming types (its default implementations),
    /// then their own subclasses, declared in this cell or an earlier one.
    func propagateExtension(of type: NominalType, _ node: TokenSyntax) throws {
        for inheritor in type.inheritors.compactMap(\.type) {
            if type.isProtocol {
                try conform(inheritor, to: type, Syntax(node))
            } else {
                inheritor.methods.merge(type.methods) { own, _ in own }
                inheritor.computed.merge(type.computed) { own, _ in own }
                inheritor.setters.merge(type.setters) { own, _ in own }
                inheritor.staticMethods.merge(type.staticMethods) { own, _ in own }
                inheritor.staticComputed.merge(type.staticComputed) { own, _ in own }
                inheritor.conformances.formUnion(type.conformances)
            }
            try propagateExtension(of: inheritor, node)
        }
    }
}
