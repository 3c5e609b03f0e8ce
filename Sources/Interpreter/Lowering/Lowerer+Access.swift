import SwiftSyntax

/// Thrown by `x?` when `x` is nil; caught where the optional chain ends.
struct OptionalChainNil: Error {}

extension Lowerer {
    /// `value.property`, `tuple.0`, `pair.offset`, `Double.pi`, `Int.max`, `.float64`, native properties.
    func memberAccess(_ m: MemberAccessExprSyntax, expected: StaticType?) throws -> Typed {
        let name = m.declName.baseName.text
        if let none = optionalNone(m, expected: expected) { return none }
        guard let baseExpr = m.base else {
            if let expected, let number = Self.numberTypeName(expected), let v = Self.staticNumber(number, name) {
                return .constant(v, expected)
            }
            if let type = implicitMemberType(expected) { return try staticMember(type, name, m.declName) }
            return .constant(.implicitMember(name), .unknown)
        }
        if let typed = try selfMember(m) { return typed }
        if let dynamic = try dynamicSelfMember(baseExpr, name, nil, m.declName) { return dynamic }
        if let dynamic = try protocolSelfMember(baseExpr, name, nil, m.declName) { return dynamic }
        if let member = try typeParameterMember(baseExpr, name, nil, m.declName) { return member }
        if let type = try metatypeReference(baseExpr) ?? selfTypeReference(baseExpr) {
            return try staticMember(type, name, m.declName)
        }
        if baseExpr.is(SuperExprSyntax.self) { return try superMember(m) }
        if baseExpr.is(MemberAccessExprSyntax.self) || baseExpr.is(GenericSpecializationExprSyntax.self),
            let outer = typeExpression(baseExpr) {
            return try staticMember(outer, name, m.declName)
        }
        if let ref = baseExpr.as(DeclReferenceExprSyntax.self), scope.lookup(ref.baseName.text) == nil {
            let typeName = ref.baseName.text
            // `Mode.fast` inside `Robot`'s members: its nested type.
            if let nested = nestedType(typeName) { return try staticMember(nested, name, m.declName) }
            if let v = Self.staticNumber(typeName, name) {
                return .constant(v, typeName == "Int" ? .int : (typeName == "Float" ? .float : .double))
            }
            if let native = rt.nativeTypes[typeName] {
                guard let v = native.staticProperties[name] else {
                    throw fail("type '\(typeName)' has no member '\(name)'", m.declName)
                }
                return .constant(v, .unknown)
            }
            if name == "init", let conversion = conversionFunction(typeName, expected: expected) { return conversion }
            if Conversions.typeNames.contains(typeName) {
                throw fail("type '\(typeName)' has no member '\(name)'", m.declName)
            }
        }
        let base = try lower(baseExpr)
        if case .nominal(let type) = base.type, !type.isClass, type.lazyProperties.contains(name) {
            return try lazyPropertyRead(baseExpr, type, name, m.declName)
        }
        return try property(name, of: base, m.declName)
    }

    /// Property `name` of an evaluated value (`declName` locates it): a declared type's member, a
    /// tuple element, a built-in or native property.
    func property(_ name: String, of base: Typed, _ declName: DeclReferenceExprSyntax) throws -> Typed {
        if case .nominal(let type) = base.type { return try instanceMember(base, type, name, declName) }
        if let property = try builtinExtensionProperty(base, name, declName) { return property }
        let code = base.code
        let position = pos(declName)
        if case .tuple(let types, let labels) = base.type {
            guard let index = Int(name) ?? labels?.firstIndex(of: name), types.indices.contains(index) else {
                throw fail("value of tuple type '\(base.type.name)' has no member '\(name)'", declName)
            }
            return Typed(types[index]) { f in try at(position) { try tupleElement(try code(f), index) } }
        }
        if case .array = base.type, name == "count" || name == "isEmpty",
            let counted = placedArrayCount(base, isEmpty: name == "isEmpty", position) {
            return counted
        }
        let impl = Properties.property(name)
        if impl == nil, !base.type.isVague {
            throw fail("value of type '\(base.type.name)' has no member '\(name)'", declName)
        }
        let rt = self.rt
        return Typed(base.type.isVague ? .unknown : propertyType(name, base.type)) { f in
            let v = try code(f)
            return try at(position) {
                switch v {
                case .native(let object): return try object.property(name, context: rt.nativeContext)
                case .structure(let s):
                    guard let i = s.type.fieldIndex[name] else {
                        if let value = try rt.nativeContext.declaredProperty(of: v, name) { return value }
                        guard let property = rt.fallbackProperties[name] else { throw Properties.noMember(v, name) }
                        return try property(v, rt.nativeContext)
                    }
                    return s.fields[i]
                case .object(let o):
                    if let i = o.type.fieldIndex[name] { return o.fields[i] }
                    guard let getter = o.type.computed[name]?.function else { throw Properties.noMember(v, name) }
                    return try rt.invoke(getter, [v])
                case .enumeration(let e):
                    // (A value of a type parameter: `r.rawValue` for `R: RawRepresentable`, `x.description`.)
                    if name == "rawValue", let raw = e.type.enumCases[e.caseIndex].rawValue { return raw }
                    if let getter = e.type.computed[name]?.function { return try rt.invoke(getter, [v]) }
                    guard let impl else { throw Properties.noMember(v, name) }
                    return try impl(v)
                case .tuple(let t):
                    if let i = Int(name) ?? t.labels?.firstIndex(of: name), i < t.elements.count { return t.elements[i] }
                    throw Properties.noMember(v, name)
                default:
                    guard let impl else { throw Properties.noMember(v, name) }
                    return try impl(v)
                }
            }
        }
    }

    /// The name of a number type (`Int`, `Double`, `Float`), whose constants `staticNumber` knows.
    static func numberTypeName(_ type: StaticType) -> String? {
        switch type {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        default: return nil
        }
    }

    /// `Int.max`, `Double.pi`, `Float.zero`: a constant of a number type, or nil.
    static func staticNumber(_ type: String, _ name: String) -> Value? {
        switch (type, name) {
        case ("Int", "zero"): return .int(0)
        case ("Double", "zero"): return .double(0)
        case ("Float", "zero"): return .float(0)
        case ("Int", "max"): return .int(.max)
        case ("Int", "min"): return .int(.min)
        case ("Double", "pi"): return .double(.pi)
        case ("Double", "infinity"): return .double(.infinity)
        case ("Double", "nan"): return .double(.nan)
        case ("Double", "greatestFiniteMagnitude"): return .double(.greatestFiniteMagnitude)
        case ("Double", "ulpOfOne"): return .double(.ulpOfOne)
        case ("Double", "leastNormalMagnitude"): return .double(.leastNormalMagnitude)
        case ("Double", "leastNonzeroMagnitude"): return .double(.leastNonzeroMagnitude)
        case ("Float", "ulpOfOne"): return .float(.ulpOfOne)
        case ("Float", "leastNormalMagnitude"): return .float(.leastNormalMagnitude)
        case ("Float", "leastNonzeroMagnitude"): return .float(.leastNonzeroMagnitude)
        case ("Float", "pi"): return .float(.pi)
        case ("Float", "infinity"): return .float(.infinity)
        case ("Float", "nan"): return .float(.nan)
        case ("Float", "greatestFiniteMagnitude"): return .float(.greatestFiniteMagnitude)
        default: return nil
        }
    }

    func propertyType(_ name: String, _ base: StaticType) -> StaticType {
        switch name {
        case "count", "lowerBound", "upperBound": return .int
        case "lazy": return base
        case "unicodeScalars" where base == .string: return .array(.string)
        case "value" where base == .string: return .int
        case "isEmpty", "isNaN", "isInfinite", "isFinite", "isZero": return .bool
        case _ where CharacterProperties.tests.contains(name) && base == .string: return .bool
        case "asciiValue" where base == .string, "wholeNumberValue" where base == .string, "hexDigitValue" where base == .string:
            return .optional(.int)
        case "debugDescription": return .string
        case "first", "last": return .optional(base.elementType)
        case "keys":
            if case .dictionary(let k, _) = base { return .array(k) }
            return .unknown
        case "values":
            if case .dictionary(_, let v) = base { return .array(v) }
            return .unknown
        case "indices": return .range
        case "magnitude": return base
        case "description": return .string
        case "capitalized" where base == .string: return .string
        default: return .unknown
        }
    }

    /// A one-sided range used as an index (`2...`, `..<k`, `...k`): given the collection's count,
    /// the range it stands for. Nil for any other expression.
    func oneSidedRange(_ e: ExprSyntax) throws -> ((Frame, Int) throws -> IntRange)? {
        guard let range = OneSidedRange(e) else { return nil }
        let bound = try lower(range.bound, expected: .int).intCode(pos(e)).run
        switch range.kind {
        case .from: return { f, count in IntRange(lower: try bound(f), upper: count, closed: false) }
        case .upTo: return { f, _ in IntRange(lower: 0, upper: try bound(f), closed: false) }
        case .through: return { f, _ in IntRange(lower: 0, upper: try bound(f) + 1, closed: true) }
        }
    }

    /// `xs[i]`, `xs[1..<3]`, `d[k]` (an optional), `d[k, default: v]`, `t[i, j]` on natives.
    func subscriptRead(_ s: SubscriptCallExprSyntax) throws -> Typed {
        let base = try lower(s.calledExpression)
        if s.arguments.count == 1, let only = s.arguments.first, only.label?.text == "keyPath" {
            return try keyPathRead(base, only.expression, s)
        }
        if case .nominal(let type) = base.type {
            let args = s.arguments.map { CallArgument(label: $0.label?.text, expr: $0.expression) }
            return try invoke(subscriptDeclaration(type, for: args, s).getter, receiver: base.code, args, s)
        }
        let args = Array(s.arguments)
        let position = pos(s)
        let code = base.code
        let rt = self.rt
        switch base.type {
        case .array(let element):
            guard args.count == 1, args[0].label == nil else { throw fail("unsupported array subscript", s) }
            if let bounds = try oneSidedRange(args[0].expression) {
                // `xs[2...]`, `xs[..<k]`, `xs[...k]`: the missing bound is the array's.
                return Typed(.array(element)) { f in
                    let v = try code(f)
                    guard case .array(let items) = v else { return try at(position) { try slice(v, .range(try bounds(f, 0))) } }
                    let range = try bounds(f, items.count)
                    return try at(position) { try slice(v, .range(range)) }
                }
            }
            let index = try lower(args[0].expression, expected: .int)
            let ic = index.code
            if index.type == .range {
                return Typed(.array(element)) { f in
                    let v = try code(f), i = try ic(f)
                    return try at(position) { try slice(v, i) }
                }
            }
            guard index.type == .int || index.type.isVague else {
                throw fail("cannot convert value of type '\(index.type.name)' to expected argument type 'Int'", args[0].expression)
            }
            if let fast = elementRead(s, base: base, index: index, element: element) { return fast }
            if let placed = placedElementRead(base, index, element, position) { return placed }
            return Typed(element) { f in
                let v = try code(f), i = try ic(f)
                if case .array(let items) = v, case .int(let n) = i {
                    guard n >= 0 && n < items.count else { throw RuntimeFailure.indexOutOfRange.located(at: position) }
                    return items[n]
                }
                return try at(position) { try dynamicSubscript(v, [NativeArgument(label: nil, value: i)], rt) }
            }
        case .dictionary(let k, let v):
            guard let first = args.first, first.label == nil, args.count <= 2 else { throw fail("unsupported dictionary subscript", s) }
            if let fast = try dictionaryRead(s, key: k, value: v) { return fast }
            let key = try lower(first.expression, expected: k).code
            if args.count == 2, args[1].label?.text == "default" {
                let fallback = try coerce(lower(args[1].expression, expected: v), to: v, args[1].expression).code
                return Typed(v) { f in
                    let d = try code(f), kv = try key(f)
                    guard case .dictionary(let dict) = d else { return try fallback(f) }
                    return try at(position) { try dict.value(for: kv) } ?? (try fallback(f))
                }
            }
            return Typed(.optional(v)) { f in
                let d = try code(f), kv = try key(f)
                return try at(position) { try dynamicSubscript(d, [NativeArgument(label: nil, value: kv)], rt) }
            }
        case let t where t.isVague:
            let lowered = try args.map { try lower($0.expression) }
            let codes = lowered.map { CodeBox(run: $0.code) }, labels = args.map { $0.label?.text }
            if codes.count == 1, labels[0] == nil {
                let index = codes[0].run
                return Typed(.unknown) { f in
                    let v = try code(f), i = try index(f)
                    // `array[i]`, the common case, indexes without building an argument list.
                    if case .array(let items) = v, case .int(let n) = i {
                        guard n >= 0 && n < items.count else { throw RuntimeFailure.indexOutOfRange.located(at: position) }
                        return items[n]
                    }
                    return try at(position) { try dynamicSubscript(v, [NativeArgument(label: nil, value: i)], rt) }
                }
            }
            return Typed(.unknown) { f in
                let v = try code(f)
                var values: [NativeArgument] = []
                for (c, l) in zip(codes, labels) { values.append(NativeArgument(label: l, value: try c.run(f))) }
                return try at(position) { try dynamicSubscript(v, values, rt) }
            }
        default:
            throw fail("value of type '\(base.type.name)' has no subscripts", s)
        }
    }

    /// `x?`: the link of an optional chain that stops the chain when `x` is nil.
    func optionalChainLink(_ e: OptionalChainingExprSyntax) throws -> Typed {
        let inner = try lower(e.expression)
        var type = inner.type
        if case .optional(let w) = type { type = w } else if !type.isVague {
            throw fail("cannot use optional chaining on non-optional value of type '\(type.name)'", e.questionMark)
        }
        let code = inner.code
        return Typed(type) { f in
            switch try code(f) {
            case .none: throw OptionalChainNil()
            case .some(let v): return v
            case let v: return v
            }
        }
    }

    /// Ends an optional chain at its outermost postfix expression: nil anywhere makes the whole chain nil.
    func chain(_ e: some ExprSyntaxProtocol, _ body: () throws -> Typed) throws -> Typed {
        let typed = try body()
        guard containsOptionalChain(ExprSyntax(e)), isChainEnd(Syntax(e)) else { return typed }
        var type = typed.type
        if case .optional = type {} else if !type.isVague { type = .optional(type) }
        let code = typed.code
        return Typed(type) { f in
            do {
                return try code(f).asOptional
            } catch is OptionalChainNil {
                return .none
            }
        }
    }

    func containsOptionalChain(_ e: ExprSyntax) -> Bool {
        if e.is(OptionalChainingExprSyntax.self) { return true }
        if let m = e.as(MemberAccessExprSyntax.self), let b = m.base { return containsOptionalChain(b) }
        if let c = e.as(FunctionCallExprSyntax.self) { return containsOptionalChain(c.calledExpression) }
        if let s = e.as(SubscriptCallExprSyntax.self) { return containsOptionalChain(s.calledExpression) }
        if let u = e.as(ForceUnwrapExprSyntax.self) { return containsOptionalChain(u.expression) }
        return false
    }

    /// Whether `node` is not itself the base of a further postfix expression.
    func isChainEnd(_ node: Syntax) -> Bool {
        guard let parent = node.parent else { return true }
        if let m = parent.as(MemberAccessExprSyntax.self), m.base?.id == node.id { return false }
        if let c = parent.as(FunctionCallExprSyntax.self), c.calledExpression.id == node.id { return false }
        if let s = parent.as(SubscriptCallExprSyntax.self), s.calledExpression.id == node.id { return false }
        if parent.is(ForceUnwrapExprSyntax.self) || parent.is(OptionalChainingExprSyntax.self) { return false }
        return true
    }
}

/// Subscripts a value whose type is known only at run time.
func dynamicSubscript(_ v: Value, _ args: [NativeArgument], _ rt: Runtime) throws -> Value {
    switch v {
    case .native(let object): return try object.subscriptGet(args, context: rt.nativeContext)
    case .array(let items) where args.count == 1:
        if case .range = args[0].value { return try slice(v, args[0].value) }
        let i = try asInt(args[0].value)
        guard i >= 0 && i < items.count else { throw RuntimeFailure.indexOutOfRange }
        return items[i]
    case .dictionary(let d) where args.count == 1:
        return try d.value(for: args[0].value).map { .some($0) } ?? .none
    default:
        throw RuntimeFailure("value of type '\(v.typeName)' has no subscripts")
    }
}

/// `xs[a..<b]`: a copy of the elements in the range (Swift's ArraySlice prints the same way).
func slice(_ v: Value, _ r: Value) throws -> Value {
    guard case .array(let items) = v, case .range(let range) = r else { throw RuntimeFailure("cannot slice '\(v.typeName)'") }
    guard range.lower >= 0, range.upper <= items.count else { throw RuntimeFailure.indexOutOfRange }
    return .array(Array(items[range.lower..<range.upper]))
}

extension Lowerer {
    /// `Int.init`, `Double.init`, `Float.init`, `Bool.init`, `String.init` as a function value
    /// (`xs.map(String.init)`): the conversion of one argument. Converting a String gives an
    /// optional, as Swift's failable initializers do, when the context says the argument is one.
    func conversionFunction(_ typeName: String, expected: StaticType?) -> Typed? {
        var results: [String: StaticType] = ["Int": .int, "Double": .double, "Float": .float, "Bool": .bool, "String": .string]
        var argument = StaticType.unknown
        if case .function(let parameters, _)? = expected, parameters.count == 1 { argument = parameters[0] }
        // `slices.map(Array.init)`: an array of the argument's elements.
        results["Array"] = argument.elementType == .unknown ? .array(.unknown) : .array(argument.elementType)
        guard let result = results[typeName], let impl = Conversions.conversion(typeName) else { return nil }
        let type: StaticType = argument == .string && typeName != "String" ? .optional(result) : result
        let rt = self.rt
        let function = Function(name: "\(typeName).init", parameterCount: 1, body: .builtin { args in
            try impl(args.map { NativeArgument(label: nil, value: $0) }, rt)
        })
        return .constant(.function(function), .function([argument], type))
    }
}
