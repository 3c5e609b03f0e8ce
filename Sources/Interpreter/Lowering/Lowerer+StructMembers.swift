import SwiftSyntax

/// The variable a `mutating` method is called on (a plain variable, without observers or a path
/// of properties or subscripts): moved into the callee's slot 0 for the call and moved back on
/// every exit, with the call's `inout` arguments around it, as `Lowerer.store` and
/// `Lowerer.withWriteBack` would do it, without their closures and bookkeeping.
struct MutatingReceiver {
    let locate: SlotLocator
    let transfer: InOutTransfer
    let position: SourcePosition

    /// Runs `body` with the receiver in slot 0 of `frame` (the `inout` arguments already stored).
    @inline(__always)
    func call(_ f: Frame, _ frame: Frame, _ body: () throws -> Value) throws -> Value {
        try Lowerer.withWriteBack(transfer, f, frame) {
            let storage = locate(f)
            frame.slots[0] = storage.move()
            storage.initialize(to: .void)
            defer { storage.pointee = frame.take(0) }
            return try at(position, body)
        }
    }
}

/// What a mutating call hands to the in-place update of its receiver (see `invokeMutating`).
final class PendingCall {
    var function: Function?
    var frame: Frame?
    var result: Value = .void
}

extension Lowerer {
    /// `value.name` on a struct value: a stored property read in place, or a computed property's getter.
    func instanceMember(_ base: Typed, _ type: NominalType, _ name: String, _ node: some SyntaxProtocol) throws -> Typed {
        if type.isClass { return try classInstanceMember(base, type, name, node) }
        if type.isProtocol { return try protocolInstanceMember(base, type, name, node) }
        if let index = type.fieldIndex[name] {
            let propertyType = type.storedProperties[index].type
            return placedFieldRead(base, index, propertyType) ?? fieldRead(base.code, index, propertyType, node)
        }
        if type.lazyProperties.contains(name) { throw fail("cannot use mutating getter on immutable value: value is immutable", node) }
        if let getter = type.computed[name] { return try invoke(getter, receiver: base.code, [], node) }
        if type.methods[name] != nil { return try boundMethod(base, type, name, node) }
        if let property = rt.fallbackProperties[name] { return fallbackPropertyRead(base.code, property, node) }
        throw fail("value of type '\(type.name)' has no member '\(name)'", node)
    }

    /// Reads field `index` of the struct `base` yields; Int and Double fields also unboxed.
    func fieldRead(_ base: @escaping Code, _ index: Int, _ type: StaticType, _ node: some SyntaxProtocol) -> Typed {
        var typed = Typed(type) { f in
            guard case .structure(let s) = try base(f) else { throw RuntimeFailure.expectedStruct }
            return s.fields[index]
        }
        switch type {
        case .int:
            typed.int = IntCode { f in
                guard case .structure(let s) = try base(f), case .int(let x) = s.fields[index] else {
                    throw RuntimeFailure.expectedStruct
                }
                return x
            }
        case .double:
            typed.double = DoubleCode { f in
                guard case .structure(let s) = try base(f), case .double(let x) = s.fields[index] else {
                    throw RuntimeFailure.expectedStruct
                }
                return x
            }
        default: break
        }
        return typed
    }

    /// `Type.name`: a static property.
    func staticMember(_ type: NominalType, _ name: String, _ node: some SyntaxProtocol) throws -> Typed {
        if let member = try enumStaticMember(type, name, node) { return member }
        if let getter = type.staticComputed[name] { return try invoke(getter, receiver: nil, [], node) }
        if type.staticProperties[name] == nil, let method = type.staticMethods[name] {
            // `sorted(by: Item.byScore)`: a static method as a function value.
            let position = pos(node)
            return Typed(.function(method.signature.types, method.signature.result)) { _ in
                guard let function = method.function else {
                    throw RuntimeError(message: "'\(name)' is used before its declaration", position: position)
                }
                return .function(function)
            }
        }
        guard let property = type.staticProperties[name] else {
            throw fail("type '\(type.name)' has no member '\(name)'", node)
        }
        return read(depth: Lowerer.globalDepth, slot: property.slot, type: property.type)
    }

    /// `Type(...)`: the initializer whose parameter labels fit the call (Swift picks by labels).
    func initializerCall(_ type: NominalType, _ args: [CallArgument], _ e: some SyntaxProtocol) throws -> Typed {
        if type.isClass { return try classInitializerCall(type, args, e) }
        var firstError: Error?
        for initializer in type.initializers {
            do {
                if let direct = try memberwiseConstruction(type, initializer, args, e) { return direct }
                let template = initialFields(type)
                // An enum's `init` starts from no value and assigns `self`.
                let receiver: Code? = !initializer.hasSelf ? nil : type.kind == .enumeration ? { _ in .void }
                    : { f in .structure(StructValue(type: type, fields: try template(f))) }
                return try invoke(initializer, receiver: receiver, args, e)
            } catch let error as SemanticError {
                firstError = firstError ?? error
            }
        }
        throw firstError ?? fail("'\(type.name)' cannot be constructed", e)
    }

    /// The fields an initializer starts from: each property's default, or `()` until assigned.
    func initialFields(_ type: NominalType) -> (Frame) throws -> [Value] {
        let defaults = type.storedProperties.map(\.defaultValue)
        return { f in try defaults.map { try $0?.run(f) ?? .void } }
    }

    /// Calls a method, initializer or getter: the receiver (if any) into slot 0 of the callee's
    /// frame, the arguments after it, defaults filled in for those left out. `receiverValue`, the
    /// lowered receiver of a member that cannot change it (a non-`mutating` one, or any of a class),
    /// lets a variable receiver be read in place or lent (`DirectArgument`).
    func invoke(_ method: Method, receiver: Code?, _ args: [CallArgument], _ e: some SyntaxProtocol,
                receiverValue: Typed? = nil) throws -> Typed {
        try checkTry(method.signature, e, arguments: args)
        let inOut = try inOutArguments(method.signature, args, e, offset: receiver == nil ? 0 : 1)
        let matched = try matchArguments(method.signature, args, e)
        let missing = matched.map { $0 == nil }
        let anyMissing = missing.contains(true)
        let defaults = method.signature.defaults
        let offset = receiver == nil ? 0 : 1
        let count = matched.count
        let position = pos(e)
        let rt = self.rt
        let name = method.name
        let result = method.isFailable ? .optional(method.signature.result) : method.signature.result
        // A direct call: arguments straight into the callee's frame, an Int or Double result unboxed.
        // (Left-out arguments' defaults are indexed by parameter, so with a receiver in slot 0 they
        // take the path below.)
        if receiver == nil || !anyMissing {
            let receiverSource = receiver.map { code in
                [receiverValue.map { DirectArgument($0, position, lendable: lendsVariables) } ?? .value(CodeBox(run: code))]
            } ?? []
            let sources = receiverSource
                + matched.map { $0.map { DirectArgument($0, position, lendable: lendsVariables) } ?? .parameterDefault }
            let call = DirectCall(name: name, callee: .method(method), arguments: sources, defaults: anyMissing ? defaults : nil,
                                  inOut: inOut, runtime: rt, position: position)
            return directCallResult(call, result)
        }
        let transfer = InOutTransfer(inOut)
        let storeArguments = argumentStore(matched, position)
        return Typed(result) { f in
            guard let fn = method.function else {
                throw RuntimeError(message: "'\(name)' is used before its declaration", position: position)
            }
            let frame = fn.takeFrame()
            if let receiver { frame.slots[0] = try receiver(f) }
            try storeArguments(f, frame.slots + offset, false)
            if anyMissing {
                for i in 0..<count where missing[i] {
                    if let d = defaults.codes[safe: i] ?? nil { frame.slots[offset + i] = try d(frame) }
                }
            }
            let value = try Lowerer.withWriteBack(transfer, f, frame) { try at(position) { try rt.enter { try fn.code(frame) } } }
            fn.recycle(frame)
            return value
        }
    }

    /// Calls a `mutating` method on an assignable receiver: the arguments are evaluated, then the
    /// receiver is moved into the callee's slot 0 (so its fields stay uniquely referenced and change
    /// in place) and moved back when the call ends, as Swift's `inout` copies in and out.
    func invokeMutating(_ method: Method, target: LValue, _ args: [CallArgument], _ e: some SyntaxProtocol) throws -> Typed {
        try checkTry(method.signature, e, arguments: args)
        let inOut = try inOutArguments(method.signature, args, e, offset: 1)
        let transfer = InOutTransfer(inOut)
        let matched = try matchArguments(method.signature, args, e)
        let position = pos(e)
        let storeArguments = argumentStore(matched, position)
        let missing = matched.map { $0 == nil }
        let defaults = method.signature.defaults
        let count = matched.count
        let rt = self.rt
        let name = method.name
        if target.path.isEmpty {
            let receiver = MutatingReceiver(locate: slotLocator(target.depth, target.slot), transfer: transfer, position: position)
            return Typed(method.signature.result) { f in
                guard let fn = method.unretainedFunction else {
                    throw RuntimeError(message: "'\(name)' is used before its declaration", position: position)
                }
                return try fn._withUnsafeGuaranteedRef { fn in
                    let frame = fn.takeFrame()
                    try storeArguments(f, frame.slots + 1, false)
                    for i in 0..<count where missing[i] {
                        if let d = defaults.codes[safe: i] ?? nil { frame.slots[1 + i] = try d(frame) }
                    }
                    let value = try receiver.call(f, frame) { try rt.enter { try fn.code(frame) } }
                    fn.recycle(consume frame)
                    return value
                }
            }
        }
        let pending = PendingCall()
        let update = store(target, position) { receiver, _ in
            // Taken out at once: a call made by the body may use the same `pending` again.
            guard let fn = pending.function, let frame = pending.frame else { return }
            pending.frame = nil
            frame.slots[0] = receiver
            receiver = .void
            defer {
                receiver = frame.slots[0]
                frame.slots[0] = .void
            }
            let value = try rt.enter { try fn.code(frame) }
            pending.result = value
        }
        return Typed(method.signature.result) { f in
            guard let fn = method.function else {
                throw RuntimeError(message: "'\(name)' is used before its declaration", position: position)
            }
            let frame = fn.takeFrame()
            try storeArguments(f, frame.slots + 1, false)
            for i in 0..<count where missing[i] {
                if let d = defaults.codes[safe: i] ?? nil { frame.slots[1 + i] = try d(frame) }
            }
            pending.function = fn
            pending.frame = frame
            _ = try Lowerer.withWriteBack(transfer, f, frame) {
                try update(f, .void)
                return .void
            }
            fn.recycle(frame)
            let value = pending.result
            pending.result = .void
            return value
        }
    }

    /// `receiver.name(args)` where the receiver's static type is a declared struct; `receiver` nil
    /// means the bare `name(args)` inside a method (the receiver is `self`).
    func structMethodCall(_ receiver: ExprSyntax?, _ type: NominalType, _ name: String, _ args: [CallArgument],
                          _ e: FunctionCallExprSyntax, nameNode: some SyntaxProtocol) throws -> Typed {
        if type.isClass { return try classMethodCall(receiver, type, name, args, e, nameNode: nameNode) }
        if type.isProtocol { return try protocolMethodCall(receiver, type, name, args, e, nameNode: nameNode) }
        guard let key = type.methodKey(name, for: args), let method = typedOverload(type.methods, key: key, name, args) else {
            return try propertyValueCall(receiver, type, name, args, e, nameNode: nameNode, typeName: type.name)
        }
        guard let receiver else {
            let (value, binding, target) = try implicitSelf(nameNode)
            guard method.isMutating else { return try invoke(method, receiver: value.code, args, e, receiverValue: value) }
            guard binding.mutable else {
                throw fail("cannot use mutating member on immutable value: 'self' is immutable", nameNode)
            }
            return try invokeMutating(method, target: target, args, e)
        }
        guard method.isMutating else {
            let value = try lower(receiver)
            return try invoke(method, receiver: value.code, args, e, receiverValue: value)
        }
        try checkMutableReceiver(receiver, nameNode)
        return try invokeMutating(method, target: try lvalue(receiver), args, e)
    }

    /// The enclosing method's `self`, read (for a bare member name such as `x` or `area`).
    func implicitSelf(_ node: some SyntaxProtocol) throws -> (typed: Typed, binding: Binding, lvalue: LValue) {
        guard let (depth, binding) = scope.lookup("self"), case .nominal = binding.type else {
            throw fail("cannot find 'self' in scope", node)
        }
        return (read(depth: depth, slot: binding.slot, type: binding.type), binding,
                LValue(depth: depth, slot: binding.slot, path: [], type: binding.type, name: "self"))
    }
}

extension RuntimeFailure {
    /// A value of another kind where the static type said a declared struct (a lowering bug).
    static var expectedStruct: RuntimeFailure { RuntimeFailure("expected a struct value") }
}

extension Lowerer {
    /// A getter and setter as operations on the value holding the property or subscript.
    func accessors(_ getter: Method, _ setter: Method) -> AccessorPair {
        let rt = self.rt
        return AccessorPair(
            get: { receiver, arguments in
                guard let fn = getter.function else { throw RuntimeFailure("'\(getter.name)' is used before its declaration") }
                let frame = fn.takeFrame()
                frame.slots[0] = receiver
                for (i, argument) in arguments.enumerated() { frame.slots[1 + i] = argument }
                let value = try rt.enter { try fn.code(frame) }
                fn.recycle(frame)
                return value
            },
            set: { receiver, arguments, newValue in
                guard let fn = setter.function else { throw RuntimeFailure("'\(setter.name)' is used before its declaration") }
                // Moved in and out, as for a mutating method.
                _ = try rt.callMutating(fn, on: &receiver) { frame in
                    for (i, argument) in arguments.enumerated() { frame.slots[1 + i] = argument }
                    frame.slots[1 + arguments.count] = newValue
                }
            })
    }
}

extension Lowerer {
    /// `value[args]` as an assignable location, through the struct's subscript setter.
    func subscriptLValue(_ base: LValue, _ type: NominalType, _ s: SubscriptCallExprSyntax) throws -> LValue {
        let args = s.arguments.map { CallArgument(label: $0.label?.text, expr: $0.expression) }
        let declared = try subscriptDeclaration(type, for: args, s)
        let getter = declared.getter
        guard let setter = declared.setter else {
            throw fail("cannot assign through subscript: subscript is get-only", s)
        }
        let matched = try matchArguments(getter.signature, args, s)
        guard matched.allSatisfy({ $0 != nil }) else { throw unsupported("a subscript argument left to its default", s) }
        var target = base
        target.path.append(.accessor(accessors(getter, setter), matched.map { CodeBox(run: $0!.code) }))
        target.type = getter.signature.result
        return target
    }
}

extension Lowerer {
    /// Swift's error for a `mutating` call on a `let` constant or on `self` in a non-mutating method.
    func checkMutableReceiver(_ receiver: ExprSyntax, _ nameNode: some SyntaxProtocol) throws {
        guard let ref = receiver.as(DeclReferenceExprSyntax.self), let (_, b) = scope.lookup(ref.baseName.text), !b.mutable else { return }
        let what = ref.baseName.text == "self" ? "'self' is immutable" : "'\(ref.baseName.text)' is a 'let' constant"
        throw fail("cannot use mutating member on immutable value: \(what)", nameNode)
    }
}
