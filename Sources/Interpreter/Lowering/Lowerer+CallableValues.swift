import SwiftSyntax

extension Lowerer {
    /// `layer(x)` where `layer` is a native object (`let d = Dense(…); d(x)`): the object's
    /// `callAsFunction` method, with the arguments' labels.
    func callableValueCall(_ callee: Typed, _ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed {
        let codes = try args.map { CodeBox(run: try lower($0.expr).code) }
        let labels = args.map(\.label)
        let object = callee.code
        let position = pos(e)
        let rt = self.rt
        return Typed(.unknown) { f in
            let value = try object(f)
            var arguments: [NativeArgument] = []
            arguments.reserveCapacity(codes.count)
            for (code, label) in zip(codes, labels) { arguments.append(NativeArgument(label: label, value: try code.run(f))) }
            return try at(position) {
                guard case .native(let native) = value else { throw RuntimeFailure("cannot call value of type '\(value.typeName)'") }
                return try native.callMethod("callAsFunction", arguments, context: rt.nativeContext)
            }
        }
    }

    /// `self.layer(x)` or `layer(x)` in a method, where `layer` is a stored or computed property
    /// holding something callable (a closure, a native layer, an author's layer): read it, then call it.
    /// A type with no such property (a struct, class or protocol, named `typeName` in errors) gets
    /// Swift's error.
    func propertyValueCall(_ receiver: ExprSyntax?, _ type: NominalType, _ name: String, _ args: [CallArgument],
                           _ e: FunctionCallExprSyntax, nameNode: some SyntaxProtocol, typeName: String) throws -> Typed {
        guard type.fieldIndex[name] != nil || type.computed[name] != nil else {
            if type.hasInstanceMember(name) { throw fail("cannot call value of non-function type", nameNode) }
            throw fail("value of type '\(typeName)' has no member '\(name)'", nameNode)
        }
        let base = try receiver.map { try lower($0) } ?? implicitSelf(nameNode).typed
        return try dynamicCall(try instanceMember(base, type, name, nameNode), args, e)
    }
}

/// Calls a value that is not a function at run time (its static type was unknown): a native
/// object's or an author's value's `callAsFunction`.
func callValue(_ value: Value, _ arguments: [Value], _ rt: Runtime) throws -> Value {
    switch value {
    case .native(let object):
        let labelled = arguments.map { NativeArgument(label: nil, value: $0) }
        return try object.callMethod("callAsFunction", labelled, context: rt.nativeContext)
    case .structure:
        if let result = try rt.nativeContext.callMethod(on: value, "callAsFunction", arguments) { return result }
    default: break
    }
    throw RuntimeFailure("cannot call value of type '\(value.typeName)'")
}

extension Lowerer {
    /// `model.trainableVariables` where the model's type does not declare the property: the host's
    /// property for every value.
    func fallbackPropertyRead(_ base: @escaping Code, _ property: @escaping NativeProperty, _ node: some SyntaxProtocol) -> Typed {
        let position = pos(node)
        let rt = self.rt
        return Typed(.unknown) { f in
            let value = try base(f)
            return try at(position) { try property(value, rt.nativeContext) }
        }
    }
}
