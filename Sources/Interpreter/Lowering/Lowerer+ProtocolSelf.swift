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

extension Lowerer {
    /// `Self(v: x)` in an instance member of a protocol extension: a new value of `self`'s own type,
    /// made by its initializer with these argument labels; nil when `callee` is not such a `Self`.
    func protocolSelfConstruction(_ callee: ExprSyntax, _ args: [CallArgument], _ e: some SyntaxProtocol) throws -> Typed? {
        guard let ref = callee.as(DeclReferenceExprSyntax.self), ref.baseName.text == "Self", scope.lookup("Self") == nil,
            let protocolType = scope.typeNamedSelf, protocolType.isProtocol, let (depth, binding) = scope.lookup("self") else { return nil }
        let instance = read(depth: depth, slot: binding.slot, type: binding.type).code
        let arguments = try args.map { CodeBox(run: try lower($0.expr).code) }
        let labels = args.map(\.label), position = pos(e), rt = self.rt, globals = globalFrame
        return Typed(.nominal(protocolType)) { f in
            let this = try instance(f)
            let values = try arguments.map { try $0.run(f) }
            return try at(position) {
                guard let type = this.declaredType else { throw RuntimeFailure("'Self' needs a value of a declared type") }
                return try Self.construct(type, labels: labels, values, rt, globals)
            }
        }
    }

    /// A new value of `type` made by its initializer with argument `labels` (a literal Int given for a
    /// Double parameter becomes a Double, as Swift would have typed it).
    static func construct(_ type: NominalType, labels: [String?], _ values: [Value], _ rt: Runtime, _ globals: Frame) throws -> Value {
        guard let initializer = type.initializers.first(where: { $0.signature.labels == labels }) else {
            throw RuntimeFailure("type '\(type.name)' has no initializer '\(fullName("init", labels: labels))'")
        }
        let arguments = zip(values, initializer.signature.types).map { value, parameter -> Value in
            if case .int(let n) = value, parameter == .double { return .double(Double(n)) }
            if case .int(let n) = value, parameter == .float { return .float(Float(n)) }
            return value
        }
        if initializer.isMemberwise, type.kind == .structure { return .structure(StructValue(type: type, fields: arguments)) }
        guard let function = initializer.function else { throw RuntimeFailure("'init' is used before its declaration") }
        let fields = try type.storedProperties.map { try $0.defaultValue?.run(globals) ?? .void }
        let receiver: Value = type.isClass ? .object(ObjectInstance(type: type, fields: fields))
            : type.kind == .enumeration ? .void : .structure(StructValue(type: type, fields: fields))
        return try rt.invoke(function, [receiver] + arguments)
    }
}
