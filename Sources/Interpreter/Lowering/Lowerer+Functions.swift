import SwiftSyntax

extension Lowerer {
    /// Declares a `func`'s name and signature in the current block (before any body is lowered).
    func declareFunction(_ f: FunctionDeclSyntax) throws -> Binding {
        let throwing = try isThrowing(f.signature.effectSpecifiers)
        if let modifier = f.modifiers.first { throw unsupported("modifier '\(modifier.name.text)'", modifier) }
        // `@differentiable` (Swift for TensorFlow) is accepted and changes nothing; others are unsupported.
        try checkAttributes(f.attributes)
        if case .binaryOperator = f.name.tokenKind, f.signature.parameterClause.parameters.count != 2 {
            throw unsupported("an operator function", f.name)
        }
        let saved = scope.typeParameters
        scope.typeParameters.merge(try typeParameters(f.genericParameterClause, f.genericWhereClause)) { _, new in new }
        defer { scope.typeParameters = saved }
        var signature = try signature(f.signature.parameterClause, result: f.signature.returnClause)
        signature.throwing = throwing
        signature.thrownType = try thrownType(f.signature.effectSpecifiers)
        signature.isRethrowing = isRethrowing(f.signature.effectSpecifiers)
        signature.genericResult = GenericResult(f)
        if case .binaryOperator = f.name.tokenKind {
            signature.labels = [nil, nil]  // (operands are never labelled)
            // Swift's own operators (`func + (a: Vec, b: Vec)`) for an operand of the notebook's types only:
            // the built-in types keep their operators (see `globalOperatorCall`).
            let declaresOwnType = signature.types.contains { if case .nominal(let t) = $0 { !t.isProtocol } else { false } }
            guard Self.isCustomInfixOperator(f.name.text) || declaresOwnType else { throw unsupported("an operator function on built-in types", f.name) }
        }
        let name = f.name.text, fullName = Self.fullName(name, labels: signature.labels)
        // Swift overloads functions by argument labels: a function beside another of the same name
        // with other labels is declared by its full name only (`area(radius:)`), which calls with
        // those labels find first. Every function also answers to its full name, so that a later
        // cell's `area(radius:)` replaces only that one.
        // Overloads by parameter type (`area(_ c: Circle)` beside `area(_ s: Square)`) are declared by
        // their full name and types (`area(_:)[Square]`), which calls with those labels look through.
        let existing = declaredHere(name)?.signature
        // (A later cell adds an overload by type to an earlier cell's function, or replaces one.)
        let visible = { (key: String) in self.declaredHere(key) ?? (self.scope.parent == nil ? self.scope.blocks.last?[key] : nil) }
        let first = visible(name)?.signature
        let sameLabels = first?.labels == signature.labels ? first : visible(fullName)?.signature
        let typedKey = fullName + "[" + signature.types.map(\.name).joined(separator: ", ") + "]"
        let byType = sameLabels.map { $0.types != signature.types } ?? false
        let overloads = existing.map { $0.labels != signature.labels } ?? false
        // swiftc names a function by its labels unless they are all `_`.
        let shown = signature.labels.allSatisfy { $0 == nil } ? name : fullName
        let key = byType ? typedKey : overloads ? fullName : name
        if byType, declaredHere(typedKey) != nil { throw fail("invalid redeclaration of '\(shown)'", f.name) }
        try checkRedeclaration(key, shownAs: shown, f.name)
        let binding = scope.declare(key, type: .function(signature.types, signature.result), mutable: false, signature: signature)
        if !overloads && !byType { scope.alias(fullName, to: binding) }
        return binding
    }

    /// `name(label:_:)`: a function's name with its argument labels, as Swift spells it.
    static func fullName(_ name: String, labels: [String?]) -> String {
        name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
    }

    /// The signature of a parameter list and result (of a `func`, a method or an `init`).
    func signature(_ parameters: FunctionParameterClauseSyntax, result: ReturnClauseSyntax?) throws -> Signature {
        var labels: [String?] = []
        var types: [StaticType] = []
        var hasDefault: [Bool] = []
        var inOut: Set<Int> = []
        var variadic: Int?
        var autoclosures: Set<Int> = []
        for p in parameters.parameters {
            if let ellipsis = p.ellipsis {
                // `_ xs: Double...`: the arguments arrive as one array (see `variadicArgument`).
                guard variadic == nil else { throw unsupported("a second variadic parameter", ellipsis) }
                if let d = p.defaultValue { throw fail("variadic parameter cannot have a default value", d) }
                variadic = types.count
            }
            labels.append(p.firstName.tokenKind == .wildcard ? nil : p.firstName.text)
            if let attributed = p.type.as(AttributedTypeSyntax.self),
                attributed.attributes.contains(where: { $0.trimmedDescription == "@autoclosure" }) {
                // `_ message: @autoclosure () -> String`: the argument is evaluated when the body calls it.
                let type = try resolveType(attributed.baseType)
                guard case .function([], _) = type else { throw fail("argument type of @autoclosure parameter must be '()'", p.type) }
                autoclosures.insert(types.count)
                types.append(type)
                hasDefault.append(p.defaultValue != nil)
                continue
            }
            let (type, isInOut) = try parameterType(p.type)
            if isInOut { inOut.insert(types.count) }
            types.append(p.ellipsis == nil ? type : .array(type))
            hasDefault.append(p.defaultValue != nil)
        }
        let resultType = try result.map { try resolveType($0.type) } ?? .void
        var signature = Signature(labels: labels, types: types, hasDefault: hasDefault, defaults: DefaultValues(), result: resultType)
        signature.inoutParameters = inOut
        signature.autoclosureParameters = autoclosures
        signature.variadicParameter = variadic
        return signature
    }

    /// Lowers a `func` body; returns the statement that stores the function value into its slot.
    func lowerFunctionBody(_ f: FunctionDeclSyntax, _ binding: Binding) throws -> StmtCode {
        guard let body = f.body else { throw fail("function '\(f.name.text)' needs a body", f) }
        guard let signature = binding.signature else { throw fail("internal: missing signature", f) }
        let outer = scope
        let inner = FunctionScope(parent: outer)
        inner.returnType = signature.result
        inner.opaqueResult = OpaqueResult(of: f)
        inner.mayThrow = signature.throwing || signature.isRethrowing
        inner.thrownType = signature.thrownType
        inner.typeParameters = try typeParameters(f.genericParameterClause, f.genericWhereClause)
        scope = inner
        defer { scope = outer }
        let params = Array(f.signature.parameterClause.parameters)
        for (i, p) in params.enumerated() {
            inner.declare((p.secondName ?? p.firstName).text, type: signature.types[i], mutable: signature.inoutParameters.contains(i))
        }
        noteTypeParameterSources(params)
        // Default values are evaluated in the callee's frame at call time, after the arguments
        // given have been stored (Swift forbids defaults that read other parameters).
        let defaults: [Code?] = try params.enumerated().map { i, p in
            try p.defaultValue.map { d in
                try coerceDefaultArgument(lower(d.value, expected: signature.types[i]), to: signature.types[i], d.value).code
            }
        }
        signature.defaults.codes = defaults
        inner.framesMayEscape = Lowerer.mayCaptureFrame(body.statements)
        let lowered = try lowerBody(body.statements, declared: signature.result)
        if signature.result != .void, body.statements.count != 1 || !isSingleExpression(body.statements),
            !definitelyReturns(body.statements) {
            let kind = outer.parent == nil ? "global" : "local"
            throw fail("missing return in \(kind) function expected to return '\(signature.result.name)'", body.rightBrace)
        }
        let compiled = interpretedBody(lowered, scope: inner, body.statements)
        let slot = binding.slot
        let name = f.name.text
        let parameterCount = params.count
        return { frame in
            // Each activation of the enclosing scope gets a function value capturing that frame.
            frame.slots[slot] = .function(
                Function(name: name, parameterCount: parameterCount, body: .interpreted(compiled, captured: frame)))
            return .normal
        }
    }

    /// Wraps a lowered body so that a `return` yields its value and falling off the end yields `()`.
    func functionBody(_ code: @escaping StmtCode) -> Code {
        return { frame in
            if try code(frame) == .returned { return frame.returnValue }
            return .void
        }
    }

    /// A closure literal (`{ a, b in ... }`, `{ $0 * 2 }`, `{ [x] (v: Double) -> Double in ... }`).
    /// `parameterTypes` and `resultHint` are what its context expects (the hint
    /// lets a one-expression body's literals adapt, as `(0..<3).map { _ in 0 }` gives `[Double]`
    /// where `[Double]` is expected); `mutableParameters` are `inout` ones.
    func lowerClosure(_ node: ClosureExprSyntax, parameterTypes: [StaticType]? = nil, resultHint: StaticType? = nil,
                      mutableParameters: Set<Int> = []) throws -> Typed {
        var names: [String] = []
        var types: [StaticType] = []
        var declaredResult: StaticType?
        if let signature = node.signature {
            if let a = signature.effectSpecifiers?.asyncSpecifier { throw unsupported("'async'", a) }
            switch signature.parameterClause {
            case .simpleInput(let list):
                names = list.map(\.name.text)
                types = names.indices.map { parameterTypes?[safe: $0] ?? .unknown }
            case .parameterClause(let clause):
                for (i, p) in clause.parameters.enumerated() {
                    names.append((p.secondName ?? p.firstName).text)
                    var written = p.type
                    if let attributed = written?.as(AttributedTypeSyntax.self),
                        attributed.specifiers.contains(where: { $0.trimmedDescription == "inout" }) {
                        // `(acc: inout [String: Int], x)`: only where the closure's caller passes that argument in
                        // place (`reduce(into:)`).
                        guard mutableParameters.contains(i) else { throw unsupported("an 'inout' closure parameter here", attributed) }
                        written = attributed.baseType
                    }
                    types.append(try written.map { try resolveType($0) } ?? parameterTypes?[safe: i] ?? .unknown)
                }
            case nil:
                break
            }
            declaredResult = try signature.returnClause.map { try resolveType($0.type) }
        } else {
            let count = shorthandParameterCount(node)
            names = (0..<count).map { "$\($0)" }
            types = names.indices.map { parameterTypes?[safe: $0] ?? .unknown }
        }
        // `zip(a, b).map { x, y in ... }`: one tuple argument spread over several parameters.
        if names.count > 1, let only = parameterTypes, only.count == 1, case .tuple(let items, _) = only[0],
            items.count == names.count {
            types = zip(types, items).map { $0 == .unknown || $0 == only[0] ? $1 : $0 }
        }
        let outer = scope
        let captures = try node.signature?.capture.map { try captureList($0) }
        let inner = FunctionScope(parent: captures?.scope ?? outer)
        inner.returnType = declaredResult ?? .unknown
        inner.mayThrow = ThrowSites.closureThrows(node)
        scope = inner
        defer { scope = outer }
        for (i, (name, type)) in zip(names, types).enumerated() {
            inner.declare(name, type: type, mutable: mutableParameters.contains(i))
        }
        let hint = resultHint.flatMap { $0 == .unknown || $0 == .void ? nil : $0 }
        inner.framesMayEscape = Lowerer.mayCaptureFrame(node.statements)
        let lowered = try lowerBody(node.statements, declared: declaredResult, hint: hint)
        let compiled = interpretedBody(lowered, scope: inner, node.statements)
        let count = names.count
        if let captures {
            // Each closure value gets a frame of its own holding the values captured when it is made.
            let values = captures.values, size = captures.scope.slotCount
            return Typed(.function(types, lowered.type)) { frame in
                let held = Frame.make(size: size, parent: frame)
                for (slot, value) in values.enumerated() { held.slots[slot] = try value.run(frame) }
                return .function(Function(name: "closure", parameterCount: count, body: .interpreted(compiled, captured: held)))
            }
        }
        return Typed(.function(types, lowered.type)) { frame in
            .function(Function(name: "closure", parameterCount: count, body: .interpreted(compiled, captured: frame)))
        }
    }

    /// A closure's capture list (`[x]`, `[total = sum]`, `[weak self]`, `[unowned self]`): the values,
    /// evaluated in the enclosing scope when the closure is made, and the scope naming them, between
    /// the enclosing scope and the closure's own. A `weak` capture is an optional, as in Swift
    /// (nothing is ever freed while a cell runs, so it never becomes nil).
    private func captureList(_ clause: ClosureCaptureClauseSyntax) throws -> (scope: FunctionScope, values: [CodeBox]) {
        var values: [CodeBox] = []
        var names: [(String, StaticType)] = []
        for item in clause.items {
            let specifier = item.specifier?.specifier.tokenKind
            let name = item.name.text
            let value: Typed
            if let initializer = item.initializer {
                value = try lower(initializer.value)
            } else {
                // `[x]`: the variable `x` of the enclosing scope.
                guard let (depth, binding) = scope.lookup(name) else { throw cannotFind(name, item.name) }
                value = read(depth: depth, slot: binding.slot, type: binding.type)
            }
            if specifier == .keyword(.weak) {
                let code = value.code
                values.append(CodeBox { f in try code(f).asOptional })
                names.append((name, value.type.isVague ? .unknown : .optional(value.type)))
            } else {
                values.append(CodeBox(run: value.code))
                names.append((name, value.type))
            }
        }
        let captured = FunctionScope(parent: scope)
        for (name, type) in names { captured.declare(name, type: type, mutable: false) }
        return (captured, values)
    }

    /// The compiled form of a lowered body, shared by every function value made from it.
    func interpretedBody(_ lowered: Typed, scope body: FunctionScope, _ statements: CodeBlockItemListSyntax) -> InterpretedBody {
        let mayCapture = Lowerer.mayCaptureFrame(statements)
        let scalarResult = lowered.type.isScalar || lowered.type == .void
        return InterpretedBody(frameSize: body.slotCount, code: lowered.code, int: lowered.int, double: lowered.double,
                               mayCaptureFrame: mayCapture,
                               needsClearing: mayCapture || !body.holdsOnlyScalars || !scalarResult)
    }

    /// Whether a body holds a closure or a nested function, which may keep the body's frame alive.
    static func mayCaptureFrame(_ statements: CodeBlockItemListSyntax) -> Bool {
        statements.tokens(viewMode: .sourceAccurate).contains { token in
            token.tokenKind == .keyword(.func) || (token.tokenKind == .leftBrace && token.parent?.is(ClosureExprSyntax.self) == true)
        }
    }

    /// Lowers a function or closure body; a body that is one expression returns its value implicitly.
    /// The result keeps the unboxed forms of a body that ends in one Int or Double expression.
    func lowerBody(_ statements: CodeBlockItemListSyntax, declared: StaticType?, hint: StaticType? = nil) throws -> Typed {
        if statements.count == 1, let e = onlyExpression(statements), isValueExpression(e),
            !(e.is(IfExprSyntax.self) || e.is(SwitchExprSyntax.self)) || (declared ?? hint).map({ $0 != .void }) == true,
            declared != .void, !expressionReturns(e) {
            // (A body that is only `fatalError(…)` never returns, as Swift's `Never`: it is a statement.)
            let lowered = try lower(e, expected: declared ?? hint)
            if let declared { return try coerce(lowered, to: declared, e) }
            return lowered
        }
        // (Not with a `defer` in the body: it runs after the returned value is evaluated, which the
        // general form below keeps.)
        let defers = statements.contains { item in
            if case .stmt(let s) = item.item { return s.is(DeferStmtSyntax.self) }
            return false
        }
        if let last = statements.last, case .stmt(let s) = last.item, let r = s.as(ReturnStmtSyntax.self),
            r.expression != nil, !defers {
            // A final `return e` yields its value directly instead of storing it in the frame.
            scope.blocks.append([:])
            defer { scope.blocks.removeLast() }
            let type = declared ?? .unknown
            guard statements.count > 1 else {
                var value = try returnValue(r)
                value.type = type
                return value
            }
            // The statements before it first: the returned expression may use what they declare.
            let prefix = try lowerItems(statements.dropLast())
            let returned = try returnValue(r)
            let value = returned.code
            var body = Typed(type) { frame in
                if case .returned = try prefix(frame) { return frame.returnValue }
                return try value(frame)
            }
            unboxedReturn(&body, prefix: prefix, returned, at: pos(r))
            return body
        }
        return Typed(declared ?? .unknown, functionBody(try lowerBlock(statements)))
    }

    /// Gives a body of statements ending in `return e` the unboxed forms of an Int or Double result:
    /// an early `return` leaves its value in the frame, the final one yields its number directly.
    func unboxedReturn(_ body: inout Typed, prefix: @escaping StmtCode, _ returned: Typed, at position: SourcePosition) {
        switch body.type {
        case .int:
            let value = returned.intCode(position).run
            body.int = IntCode { frame in
                guard case .returned = try prefix(frame) else { return try value(frame) }
                if case .int(let x) = frame.returnValue { return x }
                throw RuntimeFailure.expectedInt(frame.returnValue).located(at: position)
            }
        case .double:
            let value = returned.doubleCode(position).run
            body.double = DoubleCode { frame in
                guard case .returned = try prefix(frame) else { return try value(frame) }
                if case .double(let x) = frame.returnValue { return x }
                throw RuntimeFailure.expectedDouble(frame.returnValue).located(at: position)
            }
        default: break
        }
    }

    func isSingleExpression(_ statements: CodeBlockItemListSyntax) -> Bool {
        guard statements.count == 1, let e = onlyExpression(statements) else { return false }
        return isValueExpression(e)
    }

    /// The expression a block of one item consists of (an `if` or `switch` there is a statement holding it).
    func onlyExpression(_ statements: CodeBlockItemListSyntax) -> ExprSyntax? {
        guard statements.count == 1, let only = statements.first else { return nil }
        switch only.item {
        case .expr(let e): return e
        case .stmt(let s): return s.as(ExpressionStmtSyntax.self).map { ExprSyntax($0.expression) }.flatMap { $0.is(IfExprSyntax.self) || $0.is(SwitchExprSyntax.self) ? $0 : nil }
        case .decl: return nil
        }
    }

    /// Whether every path through `items` ends in `return`, a trap, or an endless loop.
    func definitelyReturns(_ items: CodeBlockItemListSyntax) -> Bool {
        guard let last = items.last?.item else { return false }
        switch last {
        case .stmt(let s):
            if s.is(ReturnStmtSyntax.self) { return true }
            if let w = s.as(WhileStmtSyntax.self), w.conditions.count == 1,
                w.conditions.first?.condition.as(ExprSyntax.self)?.as(BooleanLiteralExprSyntax.self)?.literal.text == "true" {
                return true
            }
            if let e = s.as(ExpressionStmtSyntax.self) { return expressionReturns(e.expression) }
            if let d = s.as(DoStmtSyntax.self) {
                return definitelyReturns(d.body.statements) && d.catchClauses.allSatisfy { definitelyReturns($0.body.statements) }
            }
            if s.is(ThrowStmtSyntax.self) { return true }
            return false
        case .expr(let e): return expressionReturns(e)
        case .decl: return false
        }
    }

    func expressionReturns(_ e: ExprSyntax) -> Bool {
        if let i = e.as(IfExprSyntax.self) {
            guard definitelyReturns(i.body.statements) else { return false }
            switch i.elseBody {
            case .ifExpr(let next): return expressionReturns(ExprSyntax(next))
            case .codeBlock(let b): return definitelyReturns(b.statements)
            case nil: return false
            }
        }
        if let s = e.as(SwitchExprSyntax.self) {
            return s.cases.allSatisfy { element in
                guard case .switchCase(let c) = element else { return false }
                return definitelyReturns(c.statements)
            }
        }
        if let call = e.as(FunctionCallExprSyntax.self),
            let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text {
            return name == "fatalError"
        }
        return false
    }

    func isAssignment(_ e: ExprSyntax) -> Bool {
        guard let infix = e.as(InfixOperatorExprSyntax.self) else { return false }
        if infix.operator.is(AssignmentExprSyntax.self) { return true }
        let op = operatorText(infix.operator)
        return ["+=", "-=", "*=", "/=", "%="].contains(op)
    }

    /// The number of `$n` parameters a closure without a signature uses (`$1` means two).
    func shorthandParameterCount(_ node: ClosureExprSyntax) -> Int {
        var count = 0
        for token in node.statements.tokens(viewMode: .sourceAccurate) {
            guard case .dollarIdentifier(let text) = token.tokenKind, let n = Int(text.dropFirst()) else { continue }
            // Skip `$n` that belong to a nested closure.
            var parent = token.parent
            var nested = false
            while let p = parent, p.id != node.id {
                if p.is(ClosureExprSyntax.self) { nested = true; break }
                parent = p.parent
            }
            if !nested { count = max(count, n + 1) }
        }
        return count
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
