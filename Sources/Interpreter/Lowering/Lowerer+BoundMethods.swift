import SwiftSyntax

extension Lowerer {
    /// `value.method` used as a function value (`xs.map(scaler.apply)`, `let f = model.predict`): the
    /// receiver is evaluated now and the method called on it later, the receiver's own override or
    /// implementation for a class or protocol value. A `mutating` method is Swift's error.
    func boundMethod(_ base: Typed, _ type: NominalType, _ name: String, _ node: some SyntaxProtocol) throws -> Typed {
        guard let method = type.methods[name] else { throw fail("value of type '\(type.name)' has no member '\(name)'", node) }
        if method.isMutating { throw fail("cannot reference 'mutating' method as function value", node) }
        let receiver = base.code, rt = self.rt, position = pos(node)
        let dispatches = type.isClass || type.isProtocol
        return Typed(.function(method.signature.types, method.signature.result)) { f in
            let value = try receiver(f)
            var target = method.function
            if dispatches, let concrete = rt.conformingType(of: value),
                let own = concrete.implementation(of: method) ?? concrete.methods[name] {
                target = own.function
            }
            guard let target else { throw RuntimeError(message: "'\(name)' is used before its declaration", position: position) }
            let bound = Function(name: name, parameterCount: method.signature.types.count,
                                 body: .builtin { arguments in try rt.invoke(target, [value] + arguments) })
            return .function(bound)
        }
    }
}
