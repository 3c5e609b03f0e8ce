import SwiftSyntax

// `lazy var name: T = initial`, as Swift builds it: a stored property `$__lazy_storage_$_name` of
// type `T?` (nil until the first read; this is also what `print` shows), and a computed `name`
// whose getter makes the value on the first read, may use `self`, and keeps it. On a struct the
// getter is mutating: it is called on the variable holding the value (an immutable one is Swift's
// error), and writes the value back.

extension Lowerer {
    /// The stored property behind the lazy property `name`.
    static func lazyStorageName(_ name: String) -> String { "$__lazy_storage_$_\(name)" }

    /// Declares a `lazy var`: its storage, and the getter and setter whose bodies
    /// `lowerLazyAccessors` lowers with the other member bodies.
    func declareLazyProperty(_ v: VariableDeclSyntax, in type: NominalType) throws {
        guard v.bindingSpecifier.tokenKind == .keyword(.var) else {
            let modifier = v.modifiers.first { $0.name.text == "lazy" }
            throw fail("'lazy' cannot be used on a let", modifier.map(Syntax.init) ?? Syntax(v.bindingSpecifier))
        }
        for binding in v.bindings {
            guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                throw unsupported("this pattern in a property declaration", binding.pattern)
            }
            if let accessors = binding.accessorBlock {
                throw fail("'lazy' cannot be used on a computed property", accessors)
            }
            guard let initializer = binding.initializer else { throw fail("lazy properties must have an initializer", id) }
            let name = id.identifier.text
            try checkMemberRedeclaration(name, in: type, id)
            let annotated = try binding.typeAnnotation.map { try resolveType($0.type) }
            // Unannotated, its type is its initial value's, lowered (and discarded) in a method's scope.
            let valueType = try annotated ?? withSelf(of: type, mutable: false) { try lower(initializer.value).type }
            type.addStoredProperty(.init(name: Lowerer.lazyStorageName(name), type: .optional(valueType), mutable: true,
                                         defaultValue: CodeBox { _ in .none }, lazyName: name))
            let noArguments = Signature(labels: [], types: [], hasDefault: [], defaults: DefaultValues(), result: valueType)
            type.computed[name] = Method(name: name, signature: noArguments, isMutating: !type.isClass, hasSelf: true)
            let newValue = Signature(labels: [nil], types: [valueType], hasDefault: [false], defaults: DefaultValues(), result: .void)
            type.setters[name] = Method(name: name, signature: newValue, isMutating: true, hasSelf: true)
            type.lazyProperties.insert(name)
        }
    }

    /// Lowers the getter and setter of a `lazy var` (see `declareLazyProperty`).
    func lowerLazyAccessors(_ binding: PatternBindingSyntax, of type: NominalType) throws {
        guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text, let initializer = binding.initializer,
            let getter = type.computed[name], let setter = type.setters[name],
            let storage = type.fieldIndex[Lowerer.lazyStorageName(name)] else { return }
        let valueType = getter.signature.result
        var frameSize = 0
        let initial = try withSelf(of: type, mutable: getter.isMutating) {
            let lowered = try coerce(try lower(initializer.value, expected: valueType), to: valueType, initializer.value)
            frameSize = scope.slotCount
            return lowered.code
        }
        let get: Code = { f in
            switch f.slots[0] {
            case .structure(let s): if case .some(let value) = s.fields[storage] { return value }
            case .object(let o): if case .some(let value) = o.fields[storage] { return value }
            default: throw RuntimeFailure.expectedStruct
            }
            let value = try initial(f)
            Lowerer.storeLazy(value, storage, in: &f.slots[0])
            return value
        }
        let set: Code = { f in
            Lowerer.storeLazy(f.slots[1], storage, in: &f.slots[0])
            return .void
        }
        for (method, code, size) in [(getter, get, max(frameSize, 1)), (setter, set, 2)] {
            let body = InterpretedBody(frameSize: size, code: code, int: nil, double: nil, mayCaptureFrame: true, needsClearing: true)
            method.function = Function(name: name, parameterCount: method.signature.types.count + 1,
                                       body: .interpreted(body, captured: globalFrame))
        }
    }

    /// Keeps a lazy property's value in its storage (in place: the receiver is taken out of its slot
    /// while its fields change, so they stay uniquely referenced).
    static func storeLazy(_ value: Value, _ storage: Int, in receiver: inout Value) {
        switch receiver {
        case .structure(var s):
            receiver = .void
            s.fields[storage] = .some(value)
            receiver = .structure(s)
        case .object(let o):
            o.fields[storage] = .some(value)
        default:
            break
        }
    }

    /// Lowers `body` in a method scope of `type`: `self` in slot 0, bare member names reach it.
    func withSelf<R>(of type: NominalType, mutable: Bool, _ body: () throws -> R) throws -> R {
        let outer = scope
        let inner = FunctionScope(parent: outer)
        inner.declare("self", type: .nominal(type), mutable: mutable)
        inner.selfType = type
        scope = inner
        defer { scope = outer }
        return try body()
    }

    /// `value.name` where `name` is a struct's lazy property: the mutating getter, called on the
    /// variable `baseExpr` names (nil when `baseExpr` is nil: `self` in a method).
    func lazyPropertyRead(_ baseExpr: ExprSyntax?, _ type: NominalType, _ name: String, _ node: some SyntaxProtocol) throws -> Typed {
        guard let getter = type.computed[name] else { throw fail("value of type '\(type.name)' has no member '\(name)'", node) }
        guard let baseExpr else {
            let (_, binding, target) = try implicitSelf(node)
            guard binding.mutable else {
                throw fail("cannot use mutating getter on immutable value: 'self' is immutable", node)
            }
            return try invokeMutating(getter, target: target, [], node)
        }
        if let ref = baseExpr.as(DeclReferenceExprSyntax.self) {
            if let (_, b) = scope.lookup(ref.baseName.text), !b.mutable {
                let what = ref.baseName.text == "self" ? "'self' is immutable" : "'\(ref.baseName.text)' is a 'let' constant"
                throw fail("cannot use mutating getter on immutable value: \(what)", node)
            }
        } else if !baseExpr.is(MemberAccessExprSyntax.self), !baseExpr.is(SubscriptCallExprSyntax.self) {
            throw fail("cannot use mutating getter on immutable value: \(immutableValueDescription(baseExpr))", node)
        }
        return try invokeMutating(getter, target: try lvalue(baseExpr), [], node)
    }

    /// How Swift names a value that is not a variable, in "cannot use mutating … on immutable value".
    func immutableValueDescription(_ e: ExprSyntax) -> String {
        guard let call = e.as(FunctionCallExprSyntax.self) else { return "value is immutable" }
        if let callee = call.calledExpression.as(DeclReferenceExprSyntax.self) { return "'\(callee.baseName.text)' returns immutable value" }
        return "function call returns immutable value"
    }
}
