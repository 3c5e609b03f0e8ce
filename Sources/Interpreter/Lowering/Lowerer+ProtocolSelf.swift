import SwiftSyntax

/// `Self.name`, `Self.symbol()` in an instance member of a protocol extension: the static members of
/// the conforming type whose value `self` is, found when the member runs (`extension Named { func
/// hello() -> String { "hi \(Self.name)" } }`).
extension Lowerer {
    /// The static property (`args` nil) or static method `name` of `self`'s own type; nil when `base`
    /// is not `Self` inside an instance member of a protocol or its extension.
    func protocolSelfMember(_ base: ExprSyntax, _ name: String, _ args: [CallArgument]?, _ node: some SyntaxProtocol) throws -> Typed? {
        guard let ref = base.as(DeclReferenceExprSyntax.self), ref.baseName.text == "Self", scope.lookup("Self") == nil,
            scope.typeNamedSelf?.isProtocol == true, let (depth, binding) = scope.lookup("self") else { return nil }
        let instance = read(depth: depth, slot: binding.slot, type: binding.type).code
        let arguments = try (args ?? []).map { CodeBox(run: try lower($0.expr).code) }
        let labels = args?.map(\.label)
        let position = pos(node), rt = self.rt, globals = globalFrame
        return Typed(.unknown) { f in
            let this = try instance(f)
            return try at(position) {
                guard let type = this.declaredType else { throw RuntimeFailure("'Self' needs a value of a declared type") }
                if let labels {
                    guard let key = Lowerer.overloadKey(name, labels: labels, in: type.staticMethods),
                        let function = type.staticMethods[key]?.function else {
                        throw RuntimeFailure("type '\(type.name)' has no member '\(name)'")
                    }
                    return try rt.invoke(function, try arguments.map { try $0.run(f) })
                }
                if let property = type.staticProperties[name] { return globals.slots[property.slot] }
                if let getter = type.staticComputed[name]?.function { return try rt.invoke(getter, []) }
                throw RuntimeFailure("type '\(type.name)' has no member '\(name)'")
            }
        }
    }
}
