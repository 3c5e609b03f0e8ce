import SwiftSyntax

extension Lowerer {
    /// Lowers an expression; `expected` is the contextual type (it lets literals adapt, as in Swift).
    func lower(_ expr: ExprSyntax, expected: StaticType? = nil) throws -> Typed {
        if let e = expr.as(IntegerLiteralExprSyntax.self) { return try integerLiteral(e, expected: expected) }
        if let e = expr.as(FloatLiteralExprSyntax.self) { return try floatLiteral(e, expected: expected) }
        if let e = expr.as(BooleanLiteralExprSyntax.self) {
            return .constant(.bool(e.literal.tokenKind == .keyword(.true)), .bool)
        }
        if expr.is(NilLiteralExprSyntax.self) { return .constant(.none, expected.flatMap(optionalOrNil) ?? .nilLiteral) }
        if let e = expr.as(StringLiteralExprSyntax.self) { return try stringLiteral(e) }
        if let e = expr.as(DeclReferenceExprSyntax.self) { return try reference(e) }
        if let e = expr.as(InfixOperatorExprSyntax.self) { return try infix(e, expected: expected) }
        if let e = expr.as(PrefixOperatorExprSyntax.self) { return try prefix(e, expected: expected) }
        if let e = expr.as(TupleExprSyntax.self) { return try tuple(e, expected: expected) }
        if let e = expr.as(ArrayExprSyntax.self) { return try arrayLiteral(e, expected: expected) }
        if let e = expr.as(DictionaryExprSyntax.self) { return try dictionaryLiteral(e, expected: expected) }
        if let e = expr.as(TernaryExprSyntax.self) { return try ternary(e, expected: expected) }
        if let e = expr.as(ClosureExprSyntax.self) {
            if case .function(let params, let result) = expected {
                return try lowerClosure(e, parameterTypes: params, resultHint: result)
            }
            return try lowerClosure(e)
        }
        if let e = expr.as(FunctionCallExprSyntax.self) { return try chain(e) { try self.call(e, expected: expected) } }
        if let e = expr.as(MemberAccessExprSyntax.self) { return try chain(e) { try self.memberAccess(e, expected: expected) } }
        if let e = expr.as(SubscriptCallExprSyntax.self) { return try chain(e) { try self.subscriptRead(e) } }
        if let e = expr.as(ForceUnwrapExprSyntax.self) { return try chain(e) { try self.forceUnwrap(e) } }
        if let e = expr.as(OptionalChainingExprSyntax.self) { return try optionalChainLink(e) }
        if let e = expr.as(AsExprSyntax.self) { return try asCast(e) }
        if expr.is(DiscardAssignmentExprSyntax.self) { throw fail("'_' can only appear in a pattern or on the left side of an assignment", expr) }
        if let e = expr.as(TryExprSyntax.self) { return try lowerTry(e, expected: expected) }
        if expr.is(AwaitExprSyntax.self) { throw unsupported("'await'", expr) }
        if let e = expr.as(InOutExprSyntax.self) { return try inOutValue(e, expected: expected) }
        if expr.is(MacroExpansionExprSyntax.self) { throw unsupported("a macro", expr) }
        if let e = expr.as(KeyPathExprSyntax.self) { return try keyPathFunction(e, expected: expected) }
        if let e = expr.as(IfExprSyntax.self) {
            guard isValueIf(expr) else { throw unsupported("this 'if' as an expression", expr) }
            try checkValuePosition(expr, keyword: "if")
            return try ifExpression(e, expected: expected)
        }
        if let e = expr.as(SwitchExprSyntax.self) {
            guard isValueSwitch(expr) else { throw unsupported("this 'switch' as an expression", expr) }
            try checkValuePosition(expr, keyword: "switch")
            return try switchExpression(e, expected: expected)
        }
        if expr.is(GenericSpecializationExprSyntax.self) { throw unsupported("explicit generic arguments", expr) }
        if let test = expr.as(IsExprSyntax.self) {
            if let typed = try declaredTypeTest(test) { return typed }
            if let typed = try builtinTypeCast(test.expression, test.type, .test, test) { return typed }
            throw unsupported("'is'", expr)
        }
        throw unsupported("this expression", expr)
    }

    func optionalOrNil(_ t: StaticType) -> StaticType? {
        if case .optional = t { return t }
        return nil
    }

    /// A variable, function, `$0`, or an operator used as a function value (`+`, `>`).
    func reference(_ e: DeclReferenceExprSyntax) throws -> Typed {
        let name = e.baseName.text
        if let (_, type) = scope.lookupMember(name) {
            if !type.isClass, type.lazyProperties.contains(name) { return try lazyPropertyRead(nil, type, name, e) }
            return try instanceMember(try implicitSelf(e).typed, type, name, e)
        }
        // A property of `self` in an extension of a built-in type (`count` in `extension Array`).
        if let this = builtinSelf(unlessLocal: name), let member = try? property(name, of: this, e) { return member }
        if let (depth, binding) = scope.lookup(name) {
            var value = read(depth: depth, slot: binding.slot, type: binding.type)
            guard binding.mayBeUninitialized else {
                value.localSlotIsLet = depth == 0 && !binding.mutable
                return value
            }
            let code = value.code, position = pos(e)
            return Typed(value.type) { f in
                let v = try code(f)
                if case .void = v {
                    throw RuntimeError(message: "variable '\(name)' used before being initialized", position: position)
                }
                return v
            }
        }
        if case .binaryOperator = e.baseName.tokenKind {
            return try operatorFunction(name, e)
        }
        if rt.nativeFunctions[name] != nil || Builtins.globalFunctionNames.contains(name) {
            return try builtinFunctionValue(name, e)
        }
        throw cannotFind(name, e)
    }

    /// Reads a slot `depth` frames out.
    func read(depth: Int, slot: Int, type: StaticType) -> Typed {
        var typed: Typed
        switch depth {
        case 0:
            typed = Typed(type) { f in f.slots[slot] }
            typed.localSlot = slot
            typed = unboxedRead(slot: slot, type: type, typed)
        case Lowerer.globalDepth:
            let global = globalFrame
            typed = Typed(type) { _ in global.slots[slot] }
        case 1: typed = Typed(type) { f in f.ancestor(1).slots[slot] }
        default: typed = Typed(type) { f in f.ancestor(depth).slots[slot] }
        }
        typed.place = FieldPlace(root: slotLocator(depth, slot), steps: [])
        return typed
    }

    func tuple(_ e: TupleExprSyntax, expected: StaticType?) throws -> Typed {
        if e.elements.count == 1, let only = e.elements.first, only.label == nil {
            return try lower(only.expression, expected: expected)
        }
        var expectedTypes: [StaticType]?
        if case .tuple(let types, _)? = expected, types.count == e.elements.count { expectedTypes = types }
        let items = try e.elements.enumerated().map { i, el in try lower(el.expression, expected: expectedTypes?[i]) }
        let labels = e.elements.map { $0.label?.text }
        let anyLabel = labels.contains { $0 != nil } ? labels : nil
        let codes = items.map { CodeBox(run: $0.code) }
        return Typed(.tuple(items.map(\.type), labels: anyLabel)) { f in
            .tuple(Tuple(try codes.map { try $0.run(f) }, labels: anyLabel))
        }
    }

    func arrayLiteral(_ e: ArrayExprSyntax, expected: StaticType?) throws -> Typed {
        if case .set(let element)? = expected { return try setLiteral(e, element: element) }
        var element: StaticType?
        if case .array(let t)? = expected, t != .unknown { element = t }
        let expectedElement = element != nil
        if e.elements.isEmpty { return .constant(.array([]), .array(element ?? .unknown)) }
        var items: [Typed] = []
        // `let values: [Any] = [[4], "s", [P()]]`: each element has its own type.
        if element == nil, expected != .array(.unknown) {
            // Non-literal elements fix the element type; literals then adapt to it.
            element = try e.elements.lazy.filter { !self.isNumericLiteral($0.expression) && !self.isImplicitMember($0.expression) }.first
                .map { try self.lower($0.expression).type }
            if element == nil, e.elements.contains(where: { $0.expression.is(FloatLiteralExprSyntax.self) || self.containsFloatLiteral($0.expression) }) {
                element = .double
            }
        }
        for el in e.elements {
            let item = try lower(el.expression, expected: element)
            if let element, expectedElement { items.append(try coerce(item, to: element, el.expression)) } else { items.append(item) }
        }
        if !expectedElement, let wrapped = Self.commonOptionalElement(items.map(\.type)) {
            // `[nil, 3]`, `[a, b, 5]` with `a: Int?`: an array of `Int?`, as Swift infers it.
            items = try zip(items, e.elements).map { try coerce($0, to: .optional(wrapped), $1.expression) }
        }
        let first = items[0].type
        let type: StaticType
        if items.allSatisfy({ $0.type == first }) {
            type = first
        } else if let superclass = Self.commonSuperclass(items.map(\.type)) {
            // `[Dog(), Cat()]`: an array of their nearest common superclass, as Swift joins class types.
            type = .nominal(superclass)
        } else if items.contains(where: { $0.type.isVague }) || expected == .array(.unknown) {
            // (`let a: [Any] = [1, "s"]`: the annotation asks for it.)
            type = .unknown
        } else {
            throw fail("heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional", e)
        }
        let codes = items.map { CodeBox(run: $0.code) }
        let finalType = element.map { type.isAssignable(to: $0) ? $0 : type } ?? type
        if let constants = items.map(\.constant) as? [Value] {
            return .constant(.array(constants), .array(finalType))
        }
        return Typed(.array(finalType)) { f in
            var out: [Value] = []
            out.reserveCapacity(codes.count)
            for c in codes { out.append(try c.run(f)) }
            return .array(out)
        }
    }

    /// The nearest class that every type of `types` is (a subclass of), or nil when one is not a class.
    static func commonSuperclass(_ types: [StaticType]) -> NominalType? {
        let classes = types.compactMap { type -> NominalType? in
            if case .nominal(let n) = type, n.isClass { return n }
            return nil
        }
        guard classes.count == types.count, var candidate = classes.first else { return nil }
        while !classes.allSatisfy({ $0.isSubtype(of: candidate) }) {
            guard let next = candidate.superclass else { return nil }
            candidate = next
        }
        return candidate
    }

    /// The `T` of elements that are `T`, `T?` or `nil`, with at least one optional or `nil` among them
    /// and one `T` or `T?` (nil for any other mix).
    static func commonOptionalElement(_ types: [StaticType]) -> StaticType? {
        var wrapped: StaticType?, sawOptional = false
        for type in types where type != .nilLiteral {
            var base = type
            if case .optional(let w) = type {
                base = w
                sawOptional = true
            }
            if base.isVague || (wrapped != nil && wrapped != base) { return nil }
            wrapped = base
        }
        return sawOptional || types.contains(.nilLiteral) ? wrapped : nil
    }

    func dictionaryLiteral(_ e: DictionaryExprSyntax, expected: StaticType?) throws -> Typed {
        var keyType: StaticType?, valueType: StaticType?
        if case .dictionary(let k, let v)? = expected { keyType = k; valueType = v }
        guard case .elements(let list) = e.content else {
            return .constant(.dictionary(OrderedDictionary()), .dictionary(keyType ?? .unknown, valueType ?? .unknown))
        }
        if valueType == nil, list.contains(where: { containsFloatLiteral($0.value) }) { valueType = .double }
        if keyType == nil, list.contains(where: { isImplicitMember($0.key) }),
            let typed = list.first(where: { !isImplicitMember($0.key) && !isNumericLiteral($0.key) }) {
            // `[Color.red: 1, .blue: 2]`: a written key fixes the key type the implicit ones take.
            keyType = try lower(typed.key).type
        }
        let pairs = try list.map { (try lower($0.key, expected: keyType), try lower($0.value, expected: valueType)) }
        let k = pairs[0].0.type, v = pairs[0].1.type
        let sameKeys = pairs.allSatisfy { $0.0.type == k }, sameValues = pairs.allSatisfy { $0.1.type == v }
        let codes = pairs.map { (CodeBox(run: $0.0.code), CodeBox(run: $0.1.code)) }
        let position = pos(e)
        return Typed(.dictionary(sameKeys ? k : .unknown, sameValues ? v : .unknown)) { f in
            var d = OrderedDictionary()
            for (kc, vc) in codes {
                let key = try kc.run(f)
                try at(position) {
                    if try d.value(for: key) != nil { throw RuntimeFailure("Dictionary literal contains duplicate keys") }
                    try d.set(try vc.run(f), for: key)
                }
            }
            return .dictionary(d)
        }
    }

    func ternary(_ e: TernaryExprSyntax, expected: StaticType?) throws -> Typed {
        let loweredTest = try conditionExpression(e.condition)
        let slotTest = loweredTest.slotTest, test = testCode(loweredTest, e.condition)
        var (a, b) = try lowerPair(e.thenExpression, e.elseExpression, expected: expected)
        if a.type != b.type {
            if a.type == .nilLiteral, b.type != .nilLiteral { a = Typed(.optional(b.type), a.code); b = try coerce(b, to: .optional(b.type), e.elseExpression) }
            else if b.type == .nilLiteral { b = Typed(.optional(a.type), b.code); a = try coerce(a, to: .optional(a.type), e.thenExpression) }
            // `c ? value : nil` where an optional is expected: the value is wrapped, as Swift does.
            else if case .optional(let w) = b.type, a.type != .unknown, a.type.isAssignable(to: w) { a = try coerce(a, to: b.type, e.thenExpression) }
            else if case .optional(let w) = a.type, b.type != .unknown, b.type.isAssignable(to: w) { b = try coerce(b, to: a.type, e.elseExpression) }
            else if !(a.type.isVague || b.type.isVague) {
                throw fail("result values in '? :' expression have mismatching types '\(a.type.name)' and '\(b.type.name)'", e)
            }
        }
        let position = pos(e)
        if a.type == .int, b.type == .int {
            return intTernary(slotTest, test, a, b, position)
        }
        if a.type == .double, b.type == .double {
            let then = a.doubleCode(position).run, otherwise = b.doubleCode(position).run
            return .double { f in try test(f) ? then(f) : otherwise(f) }
        }
        let then = a.code, otherwise = b.code
        return Typed(a.type == b.type ? a.type : .unknown) { f in try test(f) ? then(f) : otherwise(f) }
    }

    /// Lowers two operands so that a literal side adapts to the type of the other side.
    func lowerPair(_ l: ExprSyntax, _ r: ExprSyntax, expected: StaticType?) throws -> (Typed, Typed) {
        let lLit = isNumericLiteral(l), rLit = isNumericLiteral(r)
        if !(expected?.isNumeric ?? false), (lLit && isFloatingConstant(r)) || (rLit && isFloatingConstant(l)) {
            // `2 * .pi`: only a floating-point type has the member, so both are Doubles, as in Swift.
            return (try lower(l, expected: .double), try lower(r, expected: .double))
        }
        if isImplicitMember(l), !isImplicitMember(r) {
            // `.red == c`: the implicit member's type is the other operand's.
            let right = try lower(r, expected: expected)
            return (try lower(l, expected: right.type), right)
        }
        if lLit && !rLit {
            let right = try lower(r, expected: expected)
            return (try lower(l, expected: right.type.isNumeric ? right.type : expected), right)
        }
        let left = try lower(l, expected: expected)
        if rLit && !lLit {
            return (left, try lower(r, expected: left.type.isNumeric ? left.type : expected))
        }
        if lLit && rLit && expected == nil && (containsFloatLiteral(l) || containsFloatLiteral(r)) {
            return (try lower(l, expected: .double), try lower(r, expected: .double))
        }
        // `seen == [1, 2]`: a collection literal takes a set operand's type.
        if case .set = left.type, r.is(ArrayExprSyntax.self) { return (left, try lower(r, expected: left.type)) }
        // `xs == [.a(1), .b]`: a collection literal takes the other operand's type, as an implicit member does.
        let takesLeftType = isImplicitMember(r) || (r.is(ArrayExprSyntax.self) && left.type.isArray && !left.type.isVague)
        return (left, try lower(r, expected: takesLeftType ? left.type : expected))
    }

    /// Whether `e` is an implicit member only `Double` and `Float` have (`.pi`, `.infinity`).
    func isFloatingConstant(_ e: ExprSyntax) -> Bool {
        guard let m = e.as(MemberAccessExprSyntax.self), m.base == nil else { return false }
        let name = m.declName.baseName.text
        return Self.staticNumber("Double", name) != nil && Self.staticNumber("Int", name) == nil
    }

    /// Whether an expression is made only of number literals (so its type follows its context).
    func isNumericLiteral(_ e: ExprSyntax) -> Bool {
        if let known = numericLiteralCache[e.id] { return known }
        let result = computeIsNumericLiteral(e)
        numericLiteralCache[e.id] = result
        return result
    }

    private func computeIsNumericLiteral(_ e: ExprSyntax) -> Bool {
        if e.is(IntegerLiteralExprSyntax.self) || e.is(FloatLiteralExprSyntax.self) { return true }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return isNumericLiteral(p.expression) }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first {
            return isNumericLiteral(only.expression)
        }
        if let i = e.as(InfixOperatorExprSyntax.self), ["+", "-", "*", "/", "**"].contains(operatorText(i.operator)) {
            return isNumericLiteral(i.leftOperand) && isNumericLiteral(i.rightOperand)
        }
        // `y == 1 ? 1 : 0`: its value adapts to the context as its branches do.
        if let t = e.as(TernaryExprSyntax.self) { return isNumericLiteral(t.thenExpression) && isNumericLiteral(t.elseExpression) }
        return false
    }

    func containsFloatLiteral(_ e: ExprSyntax) -> Bool {
        if let known = floatLiteralCache[e.id] { return known }
        let result = computeContainsFloatLiteral(e)
        floatLiteralCache[e.id] = result
        return result
    }

    private func computeContainsFloatLiteral(_ e: ExprSyntax) -> Bool {
        if e.is(FloatLiteralExprSyntax.self) { return true }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return containsFloatLiteral(p.expression) }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first {
            return containsFloatLiteral(only.expression)
        }
        if let i = e.as(InfixOperatorExprSyntax.self) {
            return containsFloatLiteral(i.leftOperand) || containsFloatLiteral(i.rightOperand)
        }
        return false
    }

    /// `x as Double` (a literal coercion) and `x as T` where the type already matches.
    func asCast(_ e: AsExprSyntax) throws -> Typed {
        if let q = e.questionOrExclamationMark {
            let forced = q.tokenKind == .exclamationMark
            if let cast = try declaredTypeCast(e, forced: forced) { return cast }
            if let cast = try builtinTypeCast(e.expression, e.type, forced ? .forced : .optional, e) { return cast }
            throw unsupported("'as\(q.text)'", e)
        }
        let target = try resolveType(e.type)
        return try coerce(lower(e.expression, expected: target), to: target, e.expression)
    }
}
