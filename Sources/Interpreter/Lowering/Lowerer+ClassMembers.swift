import SwiftSyntax

extension Lowerer {
    /// `object.name` on a class instance: a stored property read from the shared instance, or a
    /// computed property's getter, found through the instance's type when a subclass may override it.
    func classInstanceMember(_ base: Typed, _ type: NominalType, _ name: String, _ node: some SyntaxProtocol) throws -> Typed {
        if let index = type.fieldIndex[name] {
            let propertyType = type.storedProperties[index].type
            return placedFieldRead(base, index, propertyType) ?? objectFieldRead(base.code, index, propertyType)
        }
        if let getter = type.computed[name] {
            if let slot = dispatchSlot(type, ClassTable.getterKey(name)) { return try invokeVirtual(getter, slot: slot, receiver: base.code, [], node) }
            return try invoke(getter, receiver: base.code, [], node)
        }
        if type.methods[name] != nil { return try boundMethod(base, type, name, node) }
        // A registered host property every author value has (`model.trainableVariables`).
        if let property = rt.fallbackProperties[name] { return fallbackPropertyRead(base.code, property, node) }
        throw fail("value of type '\(type.name)' has no member '\(name)'", node)
    }

    /// Reads stored property `index` of the instance `base` yields; Int and Double also unboxed.
    func objectFieldRead(_ base: @escaping Code, _ index: Int, _ type: StaticType) -> Typed {
        var typed = Typed(type) { f in
            guard case .object(let o) = try base(f) else { throw RuntimeFailure.expectedObject }
            return o.fields[index]
        }
        switch type {
        case .int:
            typed.int = IntCode { f in
                guard case .object(let o) = try base(f), case .int(let x) = o.fields[index] else { throw RuntimeFailure.expectedObject }
                return x
            }
        case .double:
            typed.double = DoubleCode { f in
                guard case .object(let o) = try base(f), case .double(let x) = o.fields[index] else { throw RuntimeFailure.expectedObject }
                return x
            }
        default: break
        }
        return typed
    }

    /// The dispatch-table slot through which a call of `key` on a value of static type `type` must
    /// go, or nil when the member is bound at lowering time (a `final` class or member, or an
    /// extension's member).
    func dispatchSlot(_ type: NominalType, _ key: String) -> Int? {
        guard !type.isFinal, !type.finalMembers.contains(key) else { return nil }
        return type.vtableSlot[key]
    }

    /// `object.name(args)` (or a bare `name(args)` in a method: the receiver is `self`).
    func classMethodCall(_ receiver: ExprSyntax?, _ type: NominalType, _ name: String, _ args: [CallArgument],
                         _ e: FunctionCallExprSyntax, nameNode: some SyntaxProtocol) throws -> Typed {
        guard let key = type.methodKey(name, for: args), let method = type.methods[key] else {
            return try propertyValueCall(receiver, type, name, args, e, nameNode: nameNode, typeName: type.name)
        }
        let lowered = try receiver.map { try lower($0) } ?? implicitSelf(nameNode).typed
        if let slot = dispatchSlot(type, key) {
            if let receiverSlot = lowered.localSlot, let call = try directVirtualCall(method, slot: slot, receiver: lowered,
                                                                                    receiverSlot: receiverSlot, args, e) {
                return call
            }
            return try invokeVirtual(method, slot: slot, receiver: lowered.code, args, e)
        }
        return try invoke(method, receiver: lowered.code, args, e, receiverValue: lowered)
    }

    /// A virtual call on a variable of the current frame with every argument given, made as a direct
    /// call (arguments straight into the callee's frame, variables lent, results unboxed) that
    /// finds its callee through the receiver where it lies; nil when an argument is left out.
    private func directVirtualCall(_ method: Method, slot: Int, receiver: Typed, receiverSlot: Int, _ args: [CallArgument],
                                   _ e: some SyntaxProtocol) throws -> Typed? {
        let inOut = try inOutArguments(method.signature, args, e, offset: 1)
        let matched = try matchArguments(method.signature, args, e)
        guard matched.allSatisfy({ $0 != nil }) else { return nil }
        let position = pos(e)
        let arguments = [DirectArgument(receiver, position, lendable: lendsVariables)]
            + matched.map { DirectArgument($0!, position, lendable: lendsVariables) }
        let call = DirectCall(name: method.name, callee: .virtual(VirtualEntry(receiverSlot: receiverSlot, tableSlot: slot)),
                              arguments: arguments, defaults: nil, inOut: inOut, runtime: rt, position: position)
        return directCallResult(call, method.signature.result)
    }

    /// Calls the entry in `slot` of the receiver's own dispatch table (the most derived override),
    /// with `method`'s signature (the static type's: Swift takes default arguments from it too).
    func invokeVirtual(_ method: Method, slot: Int, receiver: @escaping Code, _ args: [CallArgument],
                       _ e: some SyntaxProtocol) throws -> Typed {
        try invokeResolved(method, receiver: receiver, args, e) { value in
            guard case .object(let instance) = value else { throw RuntimeFailure.expectedObject }
            guard let fn = instance.type.vtable[slot].function else {
                throw RuntimeFailure("'\(method.name)' is used before its declaration")
            }
            return fn
        }
    }

    /// Calls the implementation `resolve` finds for the receiver's value, with `method`'s
    /// signature: the receiver into slot 0, the arguments (and defaults) after it.
    func invokeResolved(_ method: Method, receiver: @escaping Code, _ args: [CallArgument], _ e: some SyntaxProtocol,
                        resolve: @escaping (Value) throws -> Function) throws -> Typed {
        let inOut = try inOutArguments(method.signature, args, e, offset: 1)
        let transfer = InOutTransfer(inOut)
        let matched = try matchArguments(method.signature, args, e)
        let position = pos(e)
        let storeArguments = argumentStore(matched, position)
        let missing = matched.map { $0 == nil }
        let anyMissing = missing.contains(true)
        let defaults = method.signature.defaults
        let count = matched.count
        let rt = self.rt
        return Typed(method.signature.result) { f in
            let object = try receiver(f)
            let fn = try at(position) { try resolve(object) }
            let frame = fn.takeFrame()
            frame.slots[0] = consume object
            try storeArguments(f, frame.slots + 1, false)
            if anyMissing {
                for i in 0..<count where missing[i] {
                    if let d = defaults.codes[safe: i] ?? nil { frame.slots[1 + i] = try d(frame) }
                }
            }
            let value = try Lowerer.withWriteBack(transfer, f, frame) { try at(position) { try rt.enter { try fn.code(frame) } } }
            fn.recycle(frame)
            return value
        }
    }

    /// `Class(args)`: a new instance with every stored property at its default, given to the
    /// initializer whose labels fit (inherited initializers make an instance of this class too).
    func classInitializerCall(_ type: NominalType, _ args: [CallArgument], _ e: some SyntaxProtocol) throws -> Typed {
        let template = initialFields(type)
        return try delegatingInitializerCall(type, receiver: { f in .object(ObjectInstance(type: type, fields: try template(f))) },
                                             args, e)
    }

    /// Runs the initializer of `type` that fits `args` on the instance `receiver` yields.
    func delegatingInitializerCall(_ type: NominalType, receiver: @escaping Code, _ args: [CallArgument],
                                   _ e: some SyntaxProtocol, dispatch: Bool = false) throws -> Typed {
        var firstError: Error?
        for (index, initializer) in type.initializers.enumerated() {
            do {
                if dispatch, !type.isFinal, !type.convenienceInitializers.contains(index),
                    let dynamic = try dispatchedInitializerCall(initializer, of: type, receiver: receiver, args, e) {
                    return dynamic
                }
                var call = try invoke(initializer, receiver: receiver, args, e)
                call.type = initializer.isFailable ? .optional(.nominal(type)) : .nominal(type)
                return call
            } catch let error as SemanticError {
                firstError = firstError ?? error
            }
        }
        throw firstError ?? fail("'\(type.name)' cannot be constructed", e)
    }

    /// `self.init(…)` of designated initializer `initializer` in a convenience initializer of a class
    /// that may have subclasses: the instance's own class's initializer with the same labels (a
    /// subclass's override, when the subclass inherited the convenience initializer); nil when the
    /// call leaves out defaulted arguments or passes `inout` ones (then the static call serves).
    private func dispatchedInitializerCall(_ initializer: Method, of type: NominalType, receiver: @escaping Code,
                                           _ args: [CallArgument], _ e: some SyntaxProtocol) throws -> Typed? {
        let signature = initializer.signature
        guard signature.inoutParameters.isEmpty, signature.variadicParameter == nil, signature.autoclosureParameters.isEmpty else { return nil }
        let matched = try matchArguments(signature, args, e)
        guard matched.allSatisfy({ $0 != nil }) else { return nil }
        try checkTry(signature, e, arguments: args)
        let arguments = matched.map { CodeBox(run: $0!.code) }
        let labels = signature.labels, position = pos(e), rt = self.rt
        let result: StaticType = initializer.isFailable ? .optional(.nominal(type)) : .nominal(type)
        return Typed(result) { f in
            let instance = try receiver(f)
            var chosen = initializer
            if case .object(let o) = instance, o.type !== type,
                let index = o.type.initializers.firstIndex(where: { $0.signature.labels == labels }),
                !o.type.convenienceInitializers.contains(index) {
                chosen = o.type.initializers[index]
            }
            guard let function = chosen.function else {
                throw RuntimeError(message: "'init' is used before its declaration", position: position)
            }
            var values = [instance]
            for argument in arguments { values.append(try argument.run(f)) }
            return try at(position) { try rt.invoke(function, values) }
        }
    }

    /// `super.init(args)`, `super.method(args)` in a subclass: the superclass's member, called
    /// on `self` without dynamic dispatch.
    func superCall(_ m: MemberAccessExprSyntax, _ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed {
        if let superclass = try staticSuperclass(m) {
            // `super.kind()` in a `class func`: the superclass's own.
            guard let method = superclass.staticMethod(m.declName.baseName.text, for: args) else {
                throw fail("type '\(superclass.name)' has no member '\(m.declName.baseName.text)'", m.declName)
            }
            return try invoke(method, receiver: nil, args, e)
        }
        let superclass = try enclosingSuperclass(m)
        let this = try implicitSelf(m).typed.code
        let name = m.declName.baseName.text
        if name == "init" {
            let call = try delegatingInitializerCall(superclass, receiver: this, args, e).code
            return Typed(.void) { f in
                _ = try call(f)
                return .void
            }
        }
        guard let method = superclass.method(name, for: args) else {
            throw fail("value of type '\(superclass.name)' has no member '\(name)'", m.declName)
        }
        return try invoke(method, receiver: this, args, e)
    }

    /// `super.property` in a subclass: the superclass's stored property or getter.
    func superMember(_ m: MemberAccessExprSyntax) throws -> Typed {
        if let superclass = try staticSuperclass(m) { return try staticMember(superclass, m.declName.baseName.text, m.declName) }
        let superclass = try enclosingSuperclass(m)
        let this = try implicitSelf(m).typed
        let name = m.declName.baseName.text
        if let index = superclass.fieldIndex[name] { return objectFieldRead(this.code, index, superclass.storedProperties[index].type) }
        if let getter = superclass.computed[name] { return try invoke(getter, receiver: this.code, [], m.declName) }
        throw fail("value of type '\(superclass.name)' has no member '\(name)'", m.declName)
    }

    /// Whether `e` is statically a class instance (or an optional one, or one held as a protocol
    /// refining `AnyObject`), so what is stored in it can change even where `e` itself cannot.
    func isClassValued(_ e: ExprSyntax) -> Bool {
        switch try? lower(e).type {
        case .nominal(let t)?, .optional(.nominal(let t))?: return t.isClassOrClassBound
        default: return false
        }
    }

    /// In a `class func` or `class var` of a subclass (no instance in scope): the superclass; nil elsewhere.
    func staticSuperclass(_ node: some SyntaxProtocol) throws -> NominalType? {
        guard scope.enclosingSelfType == nil else { return nil }
        var enclosing: FunctionScope? = scope
        while let s = enclosing, s.staticType == nil { enclosing = s.parent }
        guard let type = enclosing?.staticType, type.isClass else { return nil }
        guard let superclass = type.superclass else {
            throw fail("'super' cannot be used in class '\(type.name)' because it has no superclass", node)
        }
        return superclass
    }

    /// The superclass of the class whose method is being lowered.
    func enclosingSuperclass(_ node: some SyntaxProtocol) throws -> NominalType {
        guard let type = scope.enclosingSelfType, type.isClass else {
            throw fail("'super' cannot be used outside of class members", node)
        }
        guard let superclass = type.superclass else {
            throw fail("'super' cannot be used in class '\(type.name)' because it has no superclass", node)
        }
        return superclass
    }

    /// `a === b`, `a !== b`: whether two class instances are the same object.
    func identityComparison(_ e: InfixOperatorExprSyntax, _ op: String) throws -> Typed {
        let l = try lower(e.leftOperand), r = try lower(e.rightOperand)
        for (operand, node) in [(l, e.leftOperand), (r, e.rightOperand)] {
            guard case .nominal(let t) = operand.type, t.isClassOrClassBound else {
                if operand.type.isVague || operand.type == .nilLiteral { continue }
                if case .optional(.nominal(let t)) = operand.type, t.isClassOrClassBound { continue }
                throw fail("argument type '\(operand.type.name)' expected to be an instance of a class or class-constrained type", node)
            }
        }
        let lc = l.code, rc = r.code, negated = op == "!=="
        return Typed(.bool) { f in
            let same: Bool
            switch (try lc(f), try rc(f)) {
            case (.object(let a), .object(let b)), (.some(.object(let a)), .some(.object(let b))),
                (.some(.object(let a)), .object(let b)), (.object(let a), .some(.object(let b))):
                same = a === b
            case (.none, .none): same = true
            default: same = false
            }
            return .bool(same != negated)
        }
    }

    /// Reads a class's text property `name` (`description`, `debugDescription`) on the instance's own
    /// type, so a subclass's override is the one shown.
    func classDescriber(_ name: String) -> (Value) throws -> Value {
        let rt = self.rt
        return { value in
            guard case .object(let o) = value else { throw RuntimeFailure.expectedObject }
            if let index = o.type.fieldIndex[name] { return o.fields[index] }
            guard let fn = o.type.computed[name]?.function else {
                throw RuntimeFailure("'\(name)' is used before its declaration")
            }
            return try rt.invoke(fn, value)
        }
    }
}

extension NominalType {
    /// Whether values of this type are class instances: a class, or a protocol refining `AnyObject`.
    var isClassOrClassBound: Bool { isClass || (isProtocol && conformances.contains("AnyObject")) }
}
