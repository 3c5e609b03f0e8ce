import SwiftSyntax

/// A call argument as written: its label and expression (trailing closures included).
struct CallArgument {
    var label: String?
    var expr: ExprSyntax
    /// The unlabelled trailing closure (`f(2) { … }`), which fills a parameter whatever its label.
    var isTrailingClosure = false
}

extension Signature {
    /// `args` with an unlabelled trailing closure given the label of the parameter it fills, found
    /// as Swift's forward scan finds it: after the parameters the other arguments take, the first
    /// one of function type, skipping defaulted ones of other types. `args` as they are when the
    /// other arguments do not fit the parameters (the caller reports that).
    func labelling(_ args: [CallArgument]) -> [CallArgument] {
        guard let last = args.last, last.isTrailingClosure else { return args }
        var next = 0, parameter = 0
        while next < args.count - 1, parameter < labels.count {
            if args[next].label == labels[parameter] {
                next += 1
            } else if !hasDefault[parameter] {
                return args
            }
            parameter += 1
        }
        guard next == args.count - 1 else { return args }
        while parameter < labels.count {
            let takesFunction = if case .function = types[parameter] { true } else { types[parameter] == .unknown }
            if takesFunction || !hasDefault[parameter] { break }
            parameter += 1
        }
        guard parameter < labels.count else { return args }
        var labelled = args
        labelled[labelled.count - 1].label = labels[parameter]
        return labelled
    }
}

extension Lowerer {
    /// The type `Self` names when `e` is `Self` used as a value (`Self(v: 0)`, `Self.zero`) in a
    /// member of a struct, class or enum; nil for any other expression.
    func selfTypeReference(_ e: ExprSyntax) throws -> NominalType? {
        guard let ref = e.as(DeclReferenceExprSyntax.self), ref.baseName.text == "Self", scope.lookup("Self") == nil,
            let type = scope.typeNamedSelf else { return nil }
        if type.isProtocol { throw unsupported("'Self' as a value in a protocol or its extension", e) }
        return type
    }

    func callArguments(_ e: FunctionCallExprSyntax) -> [CallArgument] {
        var args = e.arguments.map { CallArgument(label: $0.label?.text, expr: $0.expression) }
        if let c = e.trailingClosure { args.append(CallArgument(label: nil, expr: ExprSyntax(c), isTrailingClosure: true)) }
        for extra in e.additionalTrailingClosures {
            args.append(CallArgument(label: extra.label.text, expr: ExprSyntax(extra.closure)))
        }
        return args
    }

    func call(_ e: FunctionCallExprSyntax, expected: StaticType?) throws -> Typed {
        let args = callArguments(e)
        let callee = e.calledExpression
        if let g = callee.as(GenericSpecializationExprSyntax.self), let made = try specializedInitializerCall(g, args, e) {
            return made
        }
        if let g = callee.as(GenericSpecializationExprSyntax.self), let ref = g.expression.as(DeclReferenceExprSyntax.self),
            ref.baseName.text == "Set", scope.lookup("Set") == nil, let argument = g.genericArgumentClause.arguments.first,
            case .type(let written) = argument.argument {
            return try setInitializer(element: try resolveType(written), args, e)
        }
        if let made = try protocolSelfConstruction(callee, args, e) { return made }
        if let made = try typeParameterConstruction(callee, args, e) { return made }
        if let type = try selfTypeReference(callee) { return try constructionCall(type, args, e) }
        if let ref = callee.as(DeclReferenceExprSyntax.self) {
            let name = ref.baseName.text
            if let (_, type) = scope.lookupMember(name) {
                if type.methods[name] == nil, type.hasInstanceMember(name), case .nominal(let t) = try reference(ref).type,
                    t.methods["callAsFunction"] != nil {
                    // A property of `self` holding a callable value: `model(x)` in a method.
                    return try structMethodCall(callee, t, "callAsFunction", args, e, nameNode: ref)
                }
                return try structMethodCall(nil, type, name, args, e, nameNode: ref)
            }
            if let method = scope.lookupStaticMethod(name) { return try invoke(method, receiver: nil, args, e) }
            // A method an extension of a built-in type adds, called inside that extension (`mean()`).
            if let this = builtinSelf(unlessLocal: name),
                builtinExtensions(of: this.type).contains(where: { $0.method(name, for: args) != nil }) {
                return try valueMethodCall(this, name, args, e, nameNode: ref, expected: expected)
            }
            if scope.lookup(name) == nil, let nested = nestedType(name) { return try constructionCall(nested, args, e) }
            if let library = try libraryFunctionCall(name, args, e, expected: expected) { return library }
            if let typed = try typeOverloadCall(name, args, e) { return typed }
            // An overload by argument labels (`area(radius: 1)`), else the function of that name.
            if let (depth, binding) = scope.lookup(Self.fullName(name, labels: args.map(\.label))), let signature = binding.signature {
                return try staticCall(name, depth: depth, slot: binding.slot, signature, args, e)
            }
            if let (depth, binding) = scope.lookup(name) {
                if case .metatype(let type) = binding.type { return try constructionCall(type, args, e) }
                if case .nominal(let type) = binding.type, type.methods["callAsFunction"] != nil {
                    return try structMethodCall(callee, type, "callAsFunction", args, e, nameNode: ref)
                }
                if let signature = binding.signature {
                    return try staticCall(name, depth: depth, slot: binding.slot, signature, args, e)
                }
                return try dynamicCall(read(depth: depth, slot: binding.slot, type: binding.type), args, e)
            }
            if name == "type", let typed = try typeOfCall(args) { return typed }
            if name == "Optional", args.count == 1, args[0].label == nil {
                let inner = try lower(args[0].expr, expected: { if case .optional(let w)? = expected { return w }; return nil }())
                let code = inner.code
                return Typed(.optional(inner.type)) { f in .some(try code(f)) }
            }
            if name == "swap" { return try swapCall(args, e) }
            if name == "Set" {
                let element: StaticType? = { if case .set(let t)? = expected, t != .unknown { return t }; return nil }()
                return try setInitializer(element: element, args, e)
            }
            if let made = try builtinInitializerCall(name, args, e) { return made }
            // `typealias Params = [Double]` then `Params(repeating: 0, count: 3)`: the built-in type's initializer.
            if let alias = scope.typeParameter(name), let builtin = Self.builtinInitializerName(alias), let impl = Conversions.conversion(builtin) {
                return try conversionCall(builtin, impl, args, e, expected: alias)
            }
            if let impl = Conversions.conversion(name) { return try conversionCall(name, impl, args, e, expected: expected) }
            if let type = rt.nativeTypes[name] {
                guard let initializer = type.initializer else { throw fail("'\(name)' cannot be constructed", ref) }
                return try nativeCall(initializer, args, e, type: .native(name))
            }
            // Inside an extension of a built-in type, `split(separator:)` is `self`'s, not the host's `split`.
            if rt.nativeFunctions[name] != nil, let this = builtinSelf(unlessLocal: name), Methods.method(name) != nil {
                return try valueMethodCall(this, name, args, e, nameNode: ref, expected: expected)
            }
            if let impl = Builtins.global(name, native: rt.nativeFunctions[name]) {
                return try globalCall(name, impl, args, e, expected: expected)
            }
            if let native = rt.nativeFunctions[name] { return try nativeCall(native, args, e, type: .unknown) }
            // The standard library's method of `self` there (`reduce(0, +)`), when nothing else has the name.
            if let this = builtinSelf(unlessLocal: name), Methods.method(name) != nil {
                return try valueMethodCall(this, name, args, e, nameNode: ref, expected: expected)
            }
            throw cannotFind(name, ref)
        }
        if let m = callee.as(MemberAccessExprSyntax.self), m.base == nil, m.declName.baseName.text == "init",
            let name = expected.flatMap(Self.builtinInitializerName), let impl = Conversions.conversion(name) {
            // `let xs: [Double] = .init(repeating: 0, count: 3)`: the built-in type the context names.
            return try conversionCall(name, impl, args, e, expected: expected)
        }
        if let made = try optionalSomeCall(callee, args, expected: expected) { return made }
        if let m = callee.as(MemberAccessExprSyntax.self), m.base == nil, let type = implicitMemberType(expected) {
            let name = m.declName.baseName.text
            if name == "init" { return try constructionCall(type, args, e) }  // `.init(v: 1)`
            if let made = try enumCaseCall(type, name, args, e, nameNode: m.declName) { return made }
            guard let method = type.staticMethod(name, for: args) else { throw fail("type '\(type.name)' has no member '\(name)'", m.declName) }
            return try invoke(method, receiver: nil, args, e)
        }
        if let m = callee.as(MemberAccessExprSyntax.self) { return try methodCall(m, args, e, expected: expected) }
        if callee.is(ArrayExprSyntax.self) || callee.is(DictionaryExprSyntax.self) {
            let type = try typeFromExpression(callee)
            let impl = Conversions.conversion("Array")
            if case .dictionary = type {
                guard args.isEmpty else { throw unsupported("this dictionary initializer", e) }
                return .constant(.dictionary(OrderedDictionary()), type)
            }
            guard let impl, case .array(let element) = type else { throw unsupported("this initializer", e) }
            let lowered = try args.map { a in try lower(a.expr, expected: a.label == "repeating" ? element : nil) }
            return evaluateNative(lowered, args, e, type: type) { a, rt in try impl(a, rt) }
        }
        let calleeValue = try lower(callee)
        if case .nominal(let type) = calleeValue.type, type.methods["callAsFunction"] != nil {
            // `Model(w: 2)(x)`, `layers[0](x)`: any expression of a type with `callAsFunction`.
            return try structMethodCall(callee, type, "callAsFunction", args, e, nameNode: callee)
        }
        return try dynamicCall(calleeValue, args, e)
    }

    /// A call to a declared `func`: labels checked and defaults filled in statically, arguments stored
    /// straight into the callee's frame.
    func staticCall(_ name: String, depth: Int, slot: Int, _ sig: Signature, _ args: [CallArgument],
                    _ e: FunctionCallExprSyntax) throws -> Typed {
        try checkTry(sig, e, arguments: args)
        let inOut = try inOutArguments(sig, args, e, offset: 0)
        var result = sig.result
        let matched = try matchArguments(sig, args, e) { i, type in
            if let refined = sig.genericResult?.result(forArgument: i, of: type) { result = refined }
        }
        let position = pos(e)
        if inOut.isEmpty, matched.count == 1, let argument = matched[0],
            depth == Lowerer.globalDepth || (depth == 0 && scope.parent == nil) {
            return globalCall(name, slot: slot, argument: argument, result: result, position: position)
        }
        return directCall(name, depth: depth, slot: slot, arguments: matched, defaults: sig.defaults, inOut: inOut,
                          result: result, position: position)
    }

    /// Matches a call's arguments to a signature's parameters: labels checked as Swift checks them,
    /// each argument lowered and converted to its parameter's type; nil where a default applies.
    /// `argumentType` receives each argument's own static type (before its conversion) by parameter index.
    func matchArguments(_ sig: Signature, _ args: [CallArgument], _ e: some SyntaxProtocol,
                        argumentType: ((Int, StaticType) -> Void)? = nil) throws -> [Typed?] {
        let args = sig.labelling(args)
        var matched: [Typed?] = Array(repeating: nil, count: sig.labels.count)
        var next = 0
        for (i, label) in sig.labels.enumerated() {
            if i == sig.variadicParameter {
                matched[i] = try variadicArgument(sig, i, args, &next)
            } else if next < args.count, args[next].label == label, sig.autoclosureParameters.contains(i) {
                matched[i] = try autoclosureArgument(args[next].expr, sig.types[i])
                next += 1
            } else if next < args.count, args[next].label == label {
                let a = args[next]
                let lowered = try lower(a.expr, expected: sig.types[i])
                if let argumentType {
                    // (The argument a generic result follows, by its own type: `[A(…)]` is `[A]`, not `[P]`.)
                    let own = i == sig.genericResult?.parameter ? (try? lower(a.expr))?.type : nil
                    argumentType(i, own ?? lowered.type)
                }
                matched[i] = try coerce(lowered, to: sig.types[i], a.expr)
                next += 1
            } else if sig.hasDefault[i] {
                continue
            } else if next < args.count {
                let a = args[next]
                if a.label == nil { throw fail("missing argument label '\(label ?? "_"):' in call", a.expr) }
                if label == nil { throw fail("extraneous argument label '\(a.label ?? ""):' in call", a.expr) }
                throw fail("incorrect argument label in call (have '\(a.label ?? "_"):', expected '\(label ?? "_"):')", a.expr)
            } else {
                let what = label.map { "'\($0)'" } ?? "#\(i + 1)"
                throw fail("missing argument for parameter \(what) in call", e)
            }
        }
        if next < args.count { throw fail("extra argument in call", args[next].expr) }
        return matched
    }

    /// The argument of an `@autoclosure` parameter of type `type` (`() -> T`): the expression, lowered
    /// in the caller's scope, as a function the callee runs each time it calls the parameter.
    private func autoclosureArgument(_ e: ExprSyntax, _ type: StaticType) throws -> Typed {
        guard case .function(_, let result) = type else { throw fail("internal: @autoclosure of type '\(type.name)'", e) }
        let code = try coerce(lower(e, expected: result), to: result, e).code
        return Typed(type) { f in
            .function(Function(name: "autoclosure", parameterCount: 0, body: .builtin { _ in try code(f) }))
        }
    }

    /// The arguments of variadic parameter `i` (the one with its label, then every unlabelled one
    /// up to the next parameter's label) as one array; empty when the call gives none.
    private func variadicArgument(_ sig: Signature, _ i: Int, _ args: [CallArgument], _ next: inout Int) throws -> Typed {
        let element = sig.types[i].elementType
        var items: [CodeBox] = []
        // (Swift requires a label on a parameter after a variadic one, so an unlabelled argument is the variadic's.)
        while next < args.count, items.isEmpty ? args[next].label == sig.labels[i] : args[next].label == nil {
            let a = args[next]
            items.append(CodeBox(run: try coerce(lower(a.expr, expected: element), to: element, a.expr).code))
            next += 1
        }
        return Typed(sig.types[i]) { f in .array(try items.map { try $0.run(f) }) }
    }

    /// Calls a function value computed at run time (closures in variables, returned closures).
    func dynamicCall(_ callee: Typed, _ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed {
        var paramTypes: [StaticType]?
        var result: StaticType = .unknown
        switch callee.type {
        case .function(let params, let r):
            paramTypes = params
            result = r
            if params.count != args.count {
                throw fail("expected \(params.count) argument(s) in call, got \(args.count)", e)
            }
        case .unknown: break
        case .native: return try callableValueCall(callee, args, e)
        case .nominal(let type) where type.methods["callAsFunction"] != nil:
            return try invoke(type.methods["callAsFunction"]!, receiver: callee.code, args, e)
        case .nominal(let type) where type.isProtocol && refinesCallableHostProtocol(type):
            break  // a protocol refining `Layer`: the value's own `callAsFunction`, found at run time
        default: throw fail("cannot call value of non-function type '\(callee.type.name)'", e.calledExpression)
        }
        let arguments = try args.enumerated().map { i, a -> Typed in
            let expected = paramTypes?[i]
            let lowered = try lower(a.expr, expected: expected)
            return try expected.map { try coerce(lowered, to: $0, a.expr) } ?? lowered
        }
        let position = pos(e)
        if paramTypes != nil {
            return dynamicDirectCall(callee, arguments: arguments, result: result, position: position)
        }
        let codes = arguments.map { CodeBox(run: $0.code) }
        let fn = callee.code
        let rt = self.rt
        return Typed(result) { f in
            let value = try fn(f)
            let values = try codes.map { try $0.run(f) }
            guard case .function(let function) = value else {
                return try at(position) { try callValue(value, values, rt) }
            }
            return try at(position) { try rt.invoke(function, values) }
        }
    }

    /// Whether a protocol refines a host protocol that requires `callAsFunction` (`protocol Model: Layer`).
    func refinesCallableHostProtocol(_ type: NominalType) -> Bool {
        type.conformances.contains { rt.nativeProtocols[$0]?.contains("callAsFunction") == true }
    }

    /// Calls native code with labelled arguments; errors are reported at the call.
    func nativeCall(_ native: @escaping NativeFunction, _ args: [CallArgument], _ e: FunctionCallExprSyntax,
                    type: StaticType) throws -> Typed {
        let lowered = try args.map { try lower($0.expr) }
        return evaluateNative(lowered, args, e, type: type) { a, rt in try native(a, rt.nativeContext) }
    }

    /// Evaluates lowered arguments into labelled values and runs `body` at the call's position.
    func evaluateNative(_ lowered: [Typed], _ args: [CallArgument], _ e: some SyntaxProtocol, type: StaticType,
                        _ body: @escaping ([NativeArgument], Runtime) throws -> Value) -> Typed {
        let codes = lowered.map { CodeBox(run: $0.code) }
        let labels = args.map(\.label)
        let position = pos(e)
        let rt = self.rt
        return Typed(type) { f in
            var values: [NativeArgument] = []
            values.reserveCapacity(codes.count)
            for (code, label) in zip(codes, labels) { values.append(NativeArgument(label: label, value: try code.run(f))) }
            return try at(position) { try body(values, rt) }
        }
    }

    /// The name under which `Conversions` makes values of built-in type `type` (`Array` for `[Double]`).
    static func builtinInitializerName(_ type: StaticType) -> String? {
        switch type {
        case .array: "Array"
        case .dictionary: "Dictionary"
        case .int: "Int"
        case .double: "Double"
        case .float: "Float"
        case .string: "String"
        case .bool: "Bool"
        default: nil
        }
    }

    /// `sin(x.value)` where the notebook declares its own `sin(_ x: Dual)`: Swift overloads the library's
    /// function with the notebook's, so a call whose arguments none of the notebook's declarations of
    /// that name take is the library's. Nil when the name is not a library function, when one of the
    /// notebook's takes the arguments, or when an argument's type is not known.
    func libraryFunctionCall(_ name: String, _ args: [CallArgument], _ e: FunctionCallExprSyntax,
                             expected: StaticType?) throws -> Typed? {
        guard let impl = Builtins.global(name, native: rt.nativeFunctions[name]) else { return nil }
        let fullName = Self.fullName(name, labels: args.map(\.label))
        let declared = ([scope.lookup(name), scope.lookup(fullName)].compactMap { $0 } + scope.lookup(prefix: fullName + "["))
            .compactMap(\.binding.signature)
        guard !declared.isEmpty else { return nil }
        let lowered = args.map { (try? lower($0.expr))?.type }
        guard lowered.allSatisfy({ $0.map { !$0.isVague } ?? false }) else { return nil }
        let taken = declared.contains { signature in
            signature.accepts(labels: args.map(\.label))
                && argumentsFit(signature.types, args.map(\.expr), lowered, literals: true)
        }
        return taken ? nil : try globalCall(name, impl, args, e, expected: expected)
    }

    /// `Swift.min(a, b)`, `Foundation.sqrt(x)`, `Swift.Int("3")`: the library's function or initializer, even
    /// where a member or a global of the notebook has the same name.
    func qualifiedGlobalCall(_ module: String, _ name: String, _ args: [CallArgument], _ e: FunctionCallExprSyntax,
                             nameNode: some SyntaxProtocol, expected: StaticType?) throws -> Typed {
        if let made = try builtinInitializerCall(name, args, e) { return made }
        if let impl = Conversions.conversion(name) { return try conversionCall(name, impl, args, e, expected: expected) }
        if let impl = Builtins.global(name, native: nil) { return try globalCall(name, impl, args, e, expected: expected) }
        throw fail("module '\(module)' has no member named '\(name)'", nameNode)
    }

    /// `1...` as an argument of `zip`: a range ending at `Int.max`, which `zip` cuts to the other
    /// sequence's length. Nil for any other expression.
    func unboundedRange(_ e: ExprSyntax) throws -> Typed? {
        guard let range = OneSidedRange(e), range.kind == .from else { return nil }
        let start = try lower(range.bound, expected: .int).intCode(pos(e)).run
        return Typed(.range) { f in .range(IntRange(lower: try start(f), upper: .max, closed: false)) }
    }

    /// `Int(x)`, `Double(s)`, `String(format:)`, `Array(repeating:count:)`, ...
    func conversionCall(_ name: String, _ impl: @escaping GlobalImpl, _ args: [CallArgument],
                        _ e: FunctionCallExprSyntax, expected: StaticType? = nil) throws -> Typed {
        // `let xs: [Double] = Array(repeating: 0, count: n)`: the literal takes the expected element type.
        var element: StaticType?
        if name == "Array", case .array(let t)? = expected { element = t }
        // (And `Params([1, 2])` for `typealias Params = [Double]`: an array literal takes the whole type.)
        let lowered = try args.map { a in
            try lower(a.expr, expected: a.label == "repeating" ? element
                      : (a.label == nil && a.expr.is(ArrayExprSyntax.self) && element != nil ? expected : nil))
        }
        // `Array(batches)`: the elements of a declared sequence.
        if name == "Array", args.count == 1, args[0].label == nil, case .nominal(let type) = lowered[0].type,
            let walk = declaredSequence(type) {
            return sequenceElements(lowered[0], walk, args[0].expr)
        }
        let first = lowered.first?.type
        let fromString = first == .string && args.count == 1
        // (`Int("ff", radix: 16)` and `Int(exactly: x)` may fail as well.)
        let failableInt = (first == .string && args.count == 2 && args[1].label == "radix") || args.first?.label == "exactly"
        let type: StaticType
        switch name {
        case "Int": type = fromString || failableInt ? .optional(.int) : .int
        case "Double": type = fromString ? .optional(.double) : .double
        case "Float": type = fromString ? .optional(.float) : .float
        case "Bool": type = fromString ? .optional(.bool) : .bool
        case "String", "Character", "Substring": type = .string
        case "UnicodeScalar": type = .optional(.string)
        case "Dictionary":
            switch (args.first?.label, lowered.first?.type.elementType) {
            case ("grouping"?, let element?):
                let key: StaticType = if case .function(_, let k)? = lowered.last?.type { k } else { .unknown }
                type = .dictionary(key, .array(element))
            case ("uniqueKeysWithValues"?, .tuple(let pair, _)?) where pair.count == 2: type = .dictionary(pair[0], pair[1])
            default: type = .dictionary(.unknown, .unknown)
            }
        default:
            if args.first?.label == "repeating" { type = .array(first ?? .unknown) }
            else { type = .array(first?.elementType ?? .unknown) }
        }
        if ["Int", "Double", "Float"].contains(name), let t = first, !t.isVague, !t.isNumeric, t != .string {
            throw fail("no exact matches in call to initializer of '\(name)' with an argument of type '\(t.name)'", e)
        }
        if args.count == 1, args[0].label == nil, let from = first, from.isNumeric, type.isNumeric {
            let code = lowered[0].code
            let position = pos(e)
            let rt = self.rt
            switch (name, from) {
            case ("Double", .int):
                let int = lowered[0].intCode(position).run
                return .double { f in Double(try int(f)) }
            case ("Double", .double), ("Int", .int), ("Float", .float): return Typed(type, code)
            default:
                return Typed(type) { f in
                    let v = try code(f)
                    return try at(position) { try impl([NativeArgument(label: nil, value: v)], rt) }
                }
            }
        }
        return evaluateNative(lowered, args, e, type: type, impl)
    }

    /// `print`, math functions, `min`/`max`, `stride`, `zip`, `fatalError`, `precondition`.
    func globalCall(_ name: String, _ impl: @escaping GlobalImpl, _ args: [CallArgument], _ e: FunctionCallExprSyntax,
                    expected: StaticType?) throws -> Typed {
        let numericArgs = ["abs", "min", "max"].contains(name) || Builtins.binaryMath[name] != nil
            || Builtins.unaryMath[name] != nil
        var lowered: [Typed]
        if numericArgs {
            // Literal arguments take the type of the first non-literal argument (or Double for math).
            let anchor = try args.first { !isNumericLiteral($0.expr) }.map { try lower($0.expr).type }
            let isMath = Builtins.unaryMath[name] != nil || Builtins.binaryMath[name] != nil
            let anyFloat = args.contains { containsFloatLiteral($0.expr) }
            let literalType: StaticType? = anchor.flatMap { $0.isNumeric ? $0 : nil }
                ?? (isMath || anyFloat ? .double : expected)
            lowered = try args.map { a in try lower(a.expr, expected: isNumericLiteral(a.expr) ? literalType : nil) }
            let types = lowered.map(\.type)
            if types.allSatisfy({ !$0.isVague }) {
                if isMath, let bad = types.first(where: { $0 != .double && $0 != .float }) {
                    throw fail("global function '\(name)' requires that '\(bad.name)' conform to 'FloatingPoint'", e)
                }
                if Set(types.map(\.name)).count > 1 {
                    throw fail("conflicting arguments to generic parameter 'T' ('\(types.map(\.name).joined(separator: "' vs. '"))')", e)
                }
            }
        } else {
            lowered = try args.map { a in try (name == "zip" ? unboundedRange(a.expr) : nil) ?? lower(a.expr) }
        }
        let type: StaticType
        switch name {
        case "print", "debugPrint", "fatalError", "precondition", "assert": type = .void
        case "stride":
            type = .array(lowered.contains { $0.type == .double || $0.type == .float } ? .double : .int)
        case "zip":
            type = .array(.tuple(lowered.map(\.type.elementType), labels: nil))
        default:
            let first = lowered.first?.type ?? .unknown
            type = lowered.allSatisfy({ $0.type == first }) && !first.isVague ? first : .unknown
        }
        if let unboxed = unboxedMathCall(name, args, lowered, e) { return unboxed }
        return evaluateNative(lowered, args, e, type: type, impl)
    }

    /// `sin(x)`, `pow(x, y)`, `min(a, b)` and `max(a, b)` on Doubles, and `min`/`max` of two Ints,
    /// computed on the plain numbers (no argument array, no boxes) by the functions the built-ins use.
    private func unboxedMathCall(_ name: String, _ args: [CallArgument], _ lowered: [Typed],
                                 _ e: some SyntaxProtocol) -> Typed? {
        guard args.allSatisfy({ $0.label == nil }) else { return nil }
        let position = pos(e)
        let types = lowered.map(\.type)
        if types == [.double], let function = Builtins.unaryMath[name] {
            let x = lowered[0].doubleCode(position).run
            return .double { f in function(try x(f)) }
        }
        if types == [.double, .double] {
            let x = lowered[0].doubleCode(position).run, y = lowered[1].doubleCode(position).run
            switch name {
            case "min": return .double { f in Swift.min(try x(f), try y(f)) }
            case "max": return .double { f in Swift.max(try x(f), try y(f)) }
            default:
                guard let function = Builtins.binaryMath[name] else { return nil }
                return .double { f in function(try x(f), try y(f)) }
            }
        }
        if types == [.int, .int] {
            let x = lowered[0].intCode(position).run, y = lowered[1].intCode(position).run
            switch name {
            case "min": return .int { f in Swift.min(try x(f), try y(f)) }
            case "max": return .int { f in Swift.max(try x(f), try y(f)) }
            default: return nil
            }
        }
        return nil
    }

    /// Turns a type written as an expression (`[Int]` in `[Int]()`) into a static type.
    func typeFromExpression(_ e: ExprSyntax) throws -> StaticType {
        if let a = e.as(ArrayExprSyntax.self), a.elements.count == 1, let only = a.elements.first {
            return .array(try typeFromExpression(only.expression))
        }
        if let d = e.as(DictionaryExprSyntax.self), case .elements(let list) = d.content, list.count == 1,
            let only = list.first {
            return .dictionary(try typeFromExpression(only.key), try typeFromExpression(only.value))
        }
        if let t = e.as(TypeExprSyntax.self) { return try resolveType(t.type) }
        if let r = e.as(DeclReferenceExprSyntax.self) {
            return try resolveType(TypeSyntax(IdentifierTypeSyntax(name: r.baseName)))
        }
        if let o = e.as(OptionalChainingExprSyntax.self) { return .optional(try typeFromExpression(o.expression)) }
        throw unsupported("this type expression", e)
    }

    /// A built-in or native function used as a value (`xs.map(sqrt)`).
    func builtinFunctionValue(_ name: String, _ e: some SyntaxProtocol) throws -> Typed {
        let native = rt.nativeFunctions[name]
        guard let impl = Builtins.global(name, native: native) ?? native.map({ n in { a, rt in try n(a, rt.nativeContext) } }) else {
            throw cannotFind(name, e)
        }
        let rt = self.rt
        return .constant(.function(Function(name: name, parameterCount: nil, body: .builtin { args in
            try impl(args.map { NativeArgument(label: nil, value: $0) }, rt)
        })), .unknown)
    }
}
