import SwiftSyntax

/// Where a generic function finds, when it runs, the type one of its type parameters stands for: a
/// parameter whose declared type shows it (`x: T`, `xs: [T]`, `x: T?`, `xs: T...`, `type: T.Type`).
/// Types are erased while lowering (see `Lowerer.typeParameters`), but the arguments carry theirs.
struct TypeParameterSource {
    /// The parameter's slot (as `field`), and the way from its value to a value of the parameter's
    /// type; nil when no parameter's type shows the type parameter (`func zeros<T>(_ n: Int) -> [T]`).
    let argument: TypeArgumentSource?
    /// Whether the parameter is the type itself (`type: T.Type`).
    let isMetatype: Bool

    /// The type a call's argument `value` shows, or nil when it shows none (an empty array, `nil`).
    func metatype(of value: Value) -> MetatypeValue? {
        guard let shown = argument?.follow(from: value) else { return nil }
        if isMetatype {
            guard case .native(let native) = shown else { return nil }
            return native as? MetatypeValue
        }
        guard let spelling = GenericArguments.spelling(of: shown) else { return nil }
        return MetatypeValue(spelling: spelling, declared: shown.declaredType)
    }
}

/// A generic function's type parameter used as a value, as Swift allows: `T.zero`, `T.identity`,
/// `T.make()`, `T(x)`, `T()`, `T.self` (`func total<T: Numeric>(_ xs: [T]) -> T { var s = T.zero … }`).
/// The type comes from the arguments when the call runs (`TypeParameterSource`).
extension Lowerer {
    /// Notes, for each of a generic function's type parameters, the first parameter whose declared
    /// type shows it (called once the parameters are declared in the function's scope).
    func noteTypeParameterSources(_ parameters: [FunctionParameterSyntax]) {
        for name in scope.typeParameters.keys {
            scope.typeParameterSources[name] = TypeParameterSource(argument: nil, isMetatype: false)
            for p in parameters {
                var type = p.type
                if let attributed = type.as(AttributedTypeSyntax.self) { type = attributed.baseType }  // `inout T`
                let metatype = type.as(MetatypeTypeSyntax.self)
                let isMetatype = metatype.map { $0.metatypeSpecifier.text == "Type" && $0.baseType.trimmedDescription == name } ?? false
                guard var path = isMetatype ? [] : typePath(to: name, in: type),
                    let slot = scope.lookup((p.secondName ?? p.firstName).text)?.binding.slot else { continue }
                if p.ellipsis != nil { path.insert(.element, at: 0) }  // `xs: T...` arrives as an array
                scope.typeParameterSources[name] = TypeParameterSource(argument: TypeArgumentSource(field: slot, path: path),
                                                                       isMetatype: isMetatype)
                break
            }
        }
    }

    /// `T` used as a value in a generic function's body: code yielding the type it stands for in the
    /// running call; nil when `e` is not such a name.
    func typeParameterValue(_ e: ExprSyntax) throws -> Code? {
        guard let ref = e.as(DeclReferenceExprSyntax.self), ref.argumentNames == nil else { return nil }
        let name = ref.baseName.text
        guard scope.lookup(name) == nil else { return nil }
        // (The innermost generic function declaring `name`; a type alias or a generic type's own
        // parameter is not found this way.)
        var found: FunctionScope? = scope
        var depth = 0
        while let s = found, s.typeParameterSources[name] == nil {
            found = s.parent
            depth += 1
        }
        guard let source = found?.typeParameterSources[name] else { return nil }
        guard let slot = source.argument?.field else {
            throw unsupported("the type parameter '\(name)' used as a value where no parameter's type shows it", e)
        }
        let argument = read(depth: depth, slot: slot, type: .unknown).code
        let position = pos(e)
        return { f in
            guard let metatype = source.metatype(of: try argument(f)) else {
                throw RuntimeFailure("the type '\(name)' stands for is not known here: its argument is empty or nil")
                    .located(at: position)
            }
            return .native(metatype)
        }
    }

    /// `T.name` or `T.name(args)` (`args` nil for a property) in a generic function's body: the static
    /// member of the type `T` stands for in the running call; nil when `base` is not a type parameter.
    func typeParameterMember(_ base: ExprSyntax, _ name: String, _ args: [CallArgument]?, _ node: some SyntaxProtocol) throws -> Typed? {
        guard let type = try typeParameterValue(base) else { return nil }
        let arguments = try (args ?? []).map { CodeBox(run: try lower($0.expr).code) }
        let labels = args?.map(\.label)
        let position = pos(node), rt = self.rt, globals = globalFrame
        return Typed(.unknown) { f in
            guard case .native(let native) = try type(f), let metatype = native as? MetatypeValue else { return .void }
            let values = try arguments.map { try $0.run(f) }
            return try at(position) {
                if name == "init" { return try Self.construct(metatype, labels: labels ?? [], values, rt, globals) }
                return try Self.staticMember(of: metatype, name, labels: labels, values, rt, globals)
            }
        }
    }

    /// `T(x)`, `T()`, `T(label: x)` in a generic function's body: a value of the type `T` stands for
    /// in the running call; nil when `callee` is not a type parameter.
    func typeParameterConstruction(_ callee: ExprSyntax, _ args: [CallArgument], _ e: some SyntaxProtocol) throws -> Typed? {
        guard let type = try typeParameterValue(callee) else { return nil }
        let arguments = try args.map { CodeBox(run: try lower($0.expr).code) }
        let labels = args.map(\.label), position = pos(e), rt = self.rt, globals = globalFrame
        return Typed(.unknown) { f in
            guard case .native(let native) = try type(f), let metatype = native as? MetatypeValue else { return .void }
            let values = try arguments.map { try $0.run(f) }
            return try at(position) { try Self.construct(metatype, labels: labels, values, rt, globals) }
        }
    }

    /// The static property (`labels` nil) or the result of the static method `name` of the type
    /// `metatype` names: a number type's constants (`zero`, `pi`, `max`), a declared type's static
    /// members (an enum's cases without associated values and `allCases` too), and those extensions
    /// of the built-in types declare (`extension Int: Monoid`).
    static func staticMember(of metatype: MetatypeValue, _ name: String, labels: [String?]?, _ values: [Value],
                             _ rt: Runtime, _ globals: Frame) throws -> Value {
        if labels == nil, let number = staticNumber(metatype.spelling, name) { return number }
        guard let type = metatype.declared ?? rt.builtinExtensions[metatype.spelling] else {
            throw RuntimeFailure("type '\(metatype.description)' has no member '\(name)'")
        }
        if let labels {
            guard let key = overloadKey(name, labels: labels, in: type.staticMethods), let function = type.staticMethods[key]?.function else {
                throw RuntimeFailure("type '\(metatype.description)' has no member '\(name)'")
            }
            return try rt.invoke(function, values)
        }
        if let property = type.staticProperties[name] { return globals.slots[property.slot] }
        if let getter = type.staticComputed[name]?.function { return try rt.invoke(getter, []) }
        if type.kind == .enumeration {
            if name == "allCases", type.conformances.contains("CaseIterable") {
                return .array(type.enumCases.compactMap { $0.shared.map(Value.enumeration) })
            }
            if let index = type.caseIndex[name], let shared = type.enumCases[index].shared { return .enumeration(shared) }
        }
        throw RuntimeFailure("type '\(metatype.description)' has no member '\(name)'")
    }

    /// A new value of the type `metatype` names, made with these arguments: a conversion for the
    /// built-in types (`Double(3)`, `Int(2.5)`, `String(x)`), their zero values without arguments
    /// (`Double()`), a declared type's initializer.
    static func construct(_ metatype: MetatypeValue, labels: [String?], _ values: [Value], _ rt: Runtime, _ globals: Frame) throws -> Value {
        if let type = metatype.declared { return try construct(type, labels: labels, values, rt, globals) }
        if values.isEmpty {
            switch metatype.spelling {
            case "Int": return .int(0)
            case "Double": return .double(0)
            case "Float": return .float(0)
            case "Bool": return .bool(false)
            case "String": return .string("")
            default: break
            }
        }
        guard Conversions.typeNames.contains(metatype.spelling), let conversion = Conversions.conversion(metatype.spelling) else {
            throw RuntimeFailure("type '\(metatype.description)' cannot be constructed here")
        }
        return try conversion(zip(labels, values).map { NativeArgument(label: $0, value: $1) }, rt)
    }
}
