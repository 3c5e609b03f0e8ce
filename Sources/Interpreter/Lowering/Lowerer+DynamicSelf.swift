import SwiftSyntax

extension Lowerer {
    /// `Self.kind()` or `Self.name` in an instance member of a class: Swift's `Self` there is the
    /// instance's own class, so a subclass's `override class func` / `override class var` answers. Nil
    /// outside a class's instance members, for a member without overrides to find, or for a call that
    /// leaves out defaulted arguments (the static form serves those).
    func dynamicSelfMember(_ baseExpr: ExprSyntax, _ name: String, _ args: [CallArgument]?, _ node: some SyntaxProtocol) throws -> Typed? {
        guard let ref = baseExpr.as(DeclReferenceExprSyntax.self), ref.baseName.text == "Self", scope.lookup("Self") == nil,
            let (depth, binding) = scope.lookup("self"), case .nominal(let type) = binding.type, type.isClass, !type.isFinal
        else { return nil }
        let method: Method
        let arguments: [CodeBox]
        let find: (NominalType) -> Method?
        if let args {
            guard let key = Lowerer.overloadKey(name, labels: args.map(\.label), in: type.staticMethods),
                let declared = type.staticMethods[key] else { return nil }
            let matched = try matchArguments(declared.signature, args, node)
            guard matched.allSatisfy({ $0 != nil }) else { return nil }
            try checkTry(declared.signature, node, arguments: args)
            method = declared
            arguments = matched.map { CodeBox(run: $0!.code) }
            find = { $0.staticMethods[key] }
        } else {
            guard let getter = type.staticComputed[name] else { return nil }
            method = getter
            arguments = []
            find = { $0.staticComputed[name] }
        }
        let instance = read(depth: depth, slot: binding.slot, type: binding.type).code
        let position = pos(node), rt = self.rt
        return Typed(method.signature.result) { f in
            guard case .object(let object) = try instance(f) else { throw RuntimeFailure("'Self' needs an instance").located(at: position) }
            let chosen = find(object.type) ?? method
            guard let function = chosen.function else {
                throw RuntimeFailure("'\(name)' is used before its declaration").located(at: position)
            }
            let values = try arguments.map { try $0.run(f) }
            return try at(position) { try rt.invoke(function, values) }
        }
    }
}
