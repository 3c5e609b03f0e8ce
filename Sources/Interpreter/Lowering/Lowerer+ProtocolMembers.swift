import SwiftSyntax

/// A call site's memory of the last conforming type it saw and what it found there, so a loop over
/// values of one type looks the member up once (a monomorphic inline cache).
final class DispatchCache {
    var type: NominalType?
    var function: Function?
    var field: Int?
}

extension Value {
    /// The declared type of a struct value or class instance.
    var declaredType: NominalType? {
        switch self {
        case .structure(let s): return s.type
        case .object(let o): return o.type
        case .enumeration(let e): return e.type
        default: return nil
        }
    }

    /// The name under which an extension of a built-in type is filed for this value (`Int`, `Array`,
    /// `Tensor`), or nil for a value of a declared type or of a type extensions cannot add to.
    var builtinTypeName: String? {
        switch self {
        case .array: return "Array"
        case .int, .double, .float, .bool, .string, .dictionary, .native: return typeName
        default: return nil
        }
    }
}

extension Runtime {
    /// The type whose members a protocol requirement dispatches to for `value`: its declared type,
    /// or, for a value of a built-in type, the members extensions added to that type
    /// (`extension Double: Shape`).
    func conformingType(of value: Value) -> NominalType? {
        if let declared = value.declaredType { return declared }
        return value.builtinTypeName.flatMap { builtinExtensions[$0] }
    }
}

extension Lowerer {
    /// `value.name` where the value's static type is a protocol: a requirement is read from the
    /// conforming value's own property (stored or computed) or the protocol's default; a member
    /// only an extension declares is called directly.
    func protocolInstanceMember(_ base: Typed, _ type: NominalType, _ name: String, _ node: some SyntaxProtocol) throws -> Typed {
        guard let getter = type.computed[name] else {
            if type.methods[name] != nil { return try boundMethod(base, type, name, node) }
            // A registered host property every author value has (`model.trainableVariables`).
            if let property = rt.fallbackProperties[name] { return fallbackPropertyRead(base.code, property, node) }
            throw fail("value of type 'any \(type.name)' has no member '\(name)'", node)
        }
        guard type.requirements.contains(name) else { return try invoke(getter, receiver: base.code, [], node) }
        let read = propertyReader(type, name)
        let code = base.code, position = pos(node)
        return Typed(getter.signature.result) { f in
            let value = try code(f)
            return try at(position) { try read(value) }
        }
    }

    /// Reads requirement `name` of any conforming value (through a per-site cache).
    func propertyReader(_ type: NominalType, _ name: String) -> (Value) throws -> Value {
        let cache = DispatchCache()
        let rt = self.rt
        let fallback = type.defaults[ClassTable.getterKey(name)]
        return { value in
            guard let concrete = rt.conformingType(of: value) else { throw RuntimeFailure("value of type '\(value.typeName)' has no member '\(name)'") }
            if cache.type !== concrete {
                cache.type = concrete
                cache.field = concrete.fieldIndex[name]
                cache.function = (concrete.computed[name] ?? fallback)?.function
            }
            if let index = cache.field {
                switch value {
                case .structure(let s): return s.fields[index]
                case .object(let o): return o.fields[index]
                default: break
                }
            }
            guard let fn = cache.function else { throw RuntimeFailure("'\(name)' is used before its declaration") }
            let frame = fn.takeFrame()
            frame.slots[0] = value
            let result = try rt.enter { try fn.code(frame) }
            fn.recycle(frame)
            return result
        }
    }

    /// `value.name(args)` where the value's static type is a protocol: a requirement runs the
    /// conforming type's implementation (or the default); an extension's own member runs as is.
    func protocolMethodCall(_ receiver: ExprSyntax?, _ type: NominalType, _ name: String, _ args: [CallArgument],
                            _ e: FunctionCallExprSyntax, nameNode: some SyntaxProtocol) throws -> Typed {
        guard let method = type.methods[name] else {
            return try propertyValueCall(receiver, type, name, args, e, nameNode: nameNode, typeName: "any \(type.name)")
        }
        let resolve = methodResolver(type, name)
        guard method.isMutating else {
            let base = try receiver.map { try lower($0).code } ?? implicitSelf(nameNode).typed.code
            guard type.requirements.contains(name) else { return try invoke(method, receiver: base, args, e) }
            return try invokeResolved(method, receiver: base, args, e, resolve: resolve)
        }
        guard let receiver, type.requirements.contains(name) else { throw unsupported("a mutating call on 'self' in a protocol extension", nameNode) }
        if let ref = receiver.as(DeclReferenceExprSyntax.self), let (_, b) = scope.lookup(ref.baseName.text), !b.mutable {
            throw fail("cannot use mutating member on immutable value: '\(ref.baseName.text)' is a 'let' constant", nameNode)
        }
        return try invokeMutatingResolved(method, target: try lvalue(receiver), args, e, resolve: resolve)
    }

    /// Finds requirement `name`'s implementation for a conforming value (through a per-site cache).
    func methodResolver(_ type: NominalType, _ name: String) -> (Value) throws -> Function {
        let cache = DispatchCache()
        let fallback = type.defaults[name], requirement = type.methods[name]
        let rt = self.rt
        return { value in
            guard let concrete = rt.conformingType(of: value) else { throw RuntimeFailure("value of type '\(value.typeName)' has no member '\(name)'") }
            if cache.type !== concrete {
                cache.type = concrete
                let own = requirement.flatMap(concrete.implementation(of:)) ?? concrete.methods[name]
                cache.function = (own ?? fallback)?.function
            }
            guard let fn = cache.function else { throw RuntimeFailure("'\(name)' is used before its declaration") }
            return fn
        }
    }

    /// A `mutating` requirement called on a variable: the arguments are evaluated, then the value is
    /// moved into the implementation's frame and back, as `invokeMutating` does for a struct.
    func invokeMutatingResolved(_ method: Method, target: LValue, _ args: [CallArgument], _ e: some SyntaxProtocol,
                                resolve: @escaping (Value) throws -> Function) throws -> Typed {
        let inOut = try inOutArguments(method.signature, args, e, offset: 1)
        let matched = try matchArguments(method.signature, args, e)
        let codes = matched.map { CodeBox(run: $0?.code ?? { _ in .void }) }
        let missing = matched.map { $0 == nil }
        let defaults = method.signature.defaults
        let count = codes.count
        let rt = self.rt
        let box = ResultBox()
        let update = store(target, pos(e)) { receiver, packed in
            guard case .array(let values) = packed else { return }
            let fn = try resolve(receiver)
            let frame = fn.takeFrame()
            for i in 0..<count { frame.slots[1 + i] = values[i] }
            for i in 0..<count where missing[i] {
                if let d = defaults.codes[safe: i] ?? nil { frame.slots[1 + i] = try d(frame) }
            }
            frame.slots[0] = receiver
            receiver = .void
            do {
                defer {
                    receiver = frame.slots[0]
                    frame.slots[0] = .void
                    box.written = inOut.map { frame.slots[$0.parameter] }
                }
                box.value = try rt.enter { try fn.code(frame) }
            }
            fn.recycle(frame)
        }
        return Typed(method.signature.result) { f in
            var values: [Value] = []
            values.reserveCapacity(count)
            for c in codes { values.append(try c.run(f)) }
            // `&x` arguments: moved into the call and written back however it ends, as `withWriteBack` does.
            for a in inOut { try a.moveOut?(f, .void) }
            func writeBack() throws {
                let written = box.written
                box.written = []
                for (a, value) in zip(inOut, written) { try a.writeBack(f, value) }
            }
            do {
                try update(f, .array(values))
            } catch {
                try writeBack()
                throw error
            }
            try writeBack()
            let result = box.value
            box.value = .void
            return result
        }
    }

    /// `value.name = v` (and `+=`) where the value's static type is a protocol with a
    /// `{ get set }` requirement `name`: written to the conforming value's stored property or
    /// through its setter.
    func protocolPropertyLValue(_ base: LValue, _ type: NominalType, _ name: String, selfIsMutable: Bool,
                                _ node: some SyntaxProtocol, _ receiverName: String) throws -> LValue {
        guard let getter = type.computed[name] else { throw fail("value of type 'any \(type.name)' has no member '\(name)'", node) }
        guard type.requirements.contains(name), type.setters[name] != nil else {
            throw fail("cannot assign to property: '\(name)' is a get-only property", node)
        }
        guard selfIsMutable else {
            let what = receiverName == "self" ? "'self' is immutable" : "'\(receiverName)' is a 'let' constant"
            throw fail("cannot assign to property: \(what)", node)
        }
        let read = propertyReader(type, name)
        let rt = self.rt
        let pair = AccessorPair(get: { value, _ in try read(value) }, set: { value, _, newValue in
            guard let concrete = rt.conformingType(of: value) else { throw RuntimeFailure("cannot assign to '\(name)'") }
            if let index = concrete.fieldIndex[name] {
                switch value {
                case .object(let o): o.fields[index] = newValue
                case .structure(var s):
                    value = .void
                    s.fields[index] = newValue
                    value = .structure(s)
                default: break
                }
                return
            }
            guard let fn = concrete.setters[name]?.function else { throw RuntimeFailure("cannot assign to '\(name)'") }
            _ = try rt.callMutating(fn, on: &value) { $0.slots[1] = newValue }
        })
        var target = base
        target.path.append(.accessor(pair, []))
        target.type = getter.signature.result
        return target
    }
}
