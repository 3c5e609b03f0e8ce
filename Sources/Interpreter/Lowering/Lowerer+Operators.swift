import SwiftSyntax

extension Lowerer {
    /// The spelling of an infix operator (`+`, `..<`, `=`), read from its token: cheaper than
    /// `trimmedDescription`, which rebuilds the node without trivia.
    func operatorText(_ op: ExprSyntax) -> String {
        if let binary = op.as(BinaryOperatorExprSyntax.self) { return binary.operator.text }
        if op.is(AssignmentExprSyntax.self) { return "=" }
        return op.trimmedDescription
    }

    static let arithmetic: Set<String> = ["+", "-", "*", "/", "%", "**"]
    static let comparisons: Set<String> = ["==", "!=", "<", "<=", ">", ">="]
    /// Comparisons only native values define (a tensor's element-wise `.==` gives a bool tensor).
    static let elementwiseComparisons: Set<String> = [".==", ".!=", ".<", ".<=", ".>", ".>="]

    func infix(_ e: InfixOperatorExprSyntax, expected: StaticType?) throws -> Typed {
        if e.operator.is(AssignmentExprSyntax.self) || isAssignment(ExprSyntax(e)) {
            throw fail("assignment can only be used as a statement", e.operator)
        }
        let op = operatorText(e.operator)
        let position = pos(e.operator)
        switch op {
        case "&&", "||":
            let l = try condition(e.leftOperand), r = try condition(e.rightOperand)
            // The plain Bool test lets conditions such as `!a[i] && !b[j]` run without boxing.
            let test: (Frame) throws -> Bool = op == "&&" ? { f in try l(f) && r(f) } : { f in try l(f) || r(f) }
            var typed = Typed(.bool) { f in .bool(try test(f)) }
            typed.test = TestBox(run: test)
            return typed
        case "??":
            return try nilCoalescing(e, expected: expected)
        case "===", "!==":
            return try identityComparison(e, op)
        case "~=":
            return try patternMatchOperator(e)
        case "..<", "...":
            let l = try lower(e.leftOperand, expected: .int), r = try lower(e.rightOperand, expected: .int)
            if let floating = try floatingRange(e, l.type, r.type, closed: op == "...", expected: expected) { return floating }
            guard l.type == .int || l.type.isVague, r.type == .int || r.type.isVague else {
                throw unsupported("a range of '\(l.type.name)'", e)
            }
            let lc = l.code, rc = r.code, closed = op == "..."
            return Typed(.range) { f in
                try at(position) { try makeRange(try lc(f), try rc(f), closed: closed) }
            }
        default: break
        }
        if let global = try globalOperatorCall(op, e) { return global }
        if op == "==" || op == "!=", rt.declaredOperators.contains("=="), let optional = try optionalEquality(e, negated: op == "!=") {
            return optional
        }
        if rt.declaredOperators.contains(op), let implementation = try operatorImplementation(op, e.leftOperand, e.rightOperand) {
            let operands = [CallArgument(label: nil, expr: e.leftOperand), CallArgument(label: nil, expr: e.rightOperand)]
            return try invoke(implementation, receiver: nil, operands, e.operator)
        }
        if Lowerer.elementwiseComparisons.contains(op) { return try elementwiseComparison(op, e) }
        if let derived = try derivedComparison(op, e) { return derived }
        let isComparison = Lowerer.comparisons.contains(op)
        if let bitwise = try bitwiseOperator(op, e) { return bitwise }
        if let custom = try customOperatorCall(op, e) { return custom }
        guard isComparison || Lowerer.arithmetic.contains(op) else { throw fail("unsupported operator '\(op)'", e.operator) }
        let numericContext = expected.flatMap { $0.isNumeric ? $0 : nil }
        let (l, r) = try lowerPair(e.leftOperand, e.rightOperand, expected: isComparison ? nil : numericContext)
        if case .nominal(let t) = l.type, op == "!=", r.type == l.type, t.conformances.contains("Equatable"),
            let equal = t.staticMethods["=="] {
            // `!=` of an `Equatable` type is the negation of its own `==`.
            let operands = [CallArgument(label: nil, expr: e.leftOperand), CallArgument(label: nil, expr: e.rightOperand)]
            let code = try invoke(equal, receiver: nil, operands, e.operator).code
            return Typed(.bool) { f in
                guard case .bool(let b) = try code(f) else { throw RuntimeFailure("'==' must return a Bool") }
                return .bool(!b)
            }
        }
        if case .nominal(let t) = l.type {
            // Only `==`/`!=` of an `Equatable` type are synthesised; the rest need `static func`.
            let ordered = t.kind == .enumeration && t.conformances.contains("Comparable") && isComparison
            guard ordered || op == "==" || op == "!=", t.conformances.contains("Equatable"), r.type == l.type else {
                if l.type == r.type, op == "==" || op == "!=" {
                    throw fail("referencing operator function '\(op)' on 'Equatable' requires that '\(t.name)' conform to 'Equatable'", e.operator)
                }
                if l.type == r.type { throw fail("binary operator '\(op)' cannot be applied to two '\(t.name)' operands", e.operator) }
                throw fail("binary operator '\(op)' cannot be applied to operands of type '\(l.type.name)' and '\(r.type.name)'", e.operator)
            }
        }
        let type = try resultType(op, l.type, r.type, e.operator)
        let lc = l.code, rc = r.code
        let rt = self.rt
        if isComparison, l.type == .int, r.type == .int, let comparison = ComparisonCode(op) {
            return unboxedComparison(comparison, l, r, position)
        }
        if isComparison, l.type == .double, r.type == .double, let comparison = ComparisonCode(op) {
            return unboxedComparison(comparison, double: l, r, position)
        }
        if isComparison {
            let test = comparison(op)
            if l.type.isVague || r.type.isVague {
                // A native operand may define the comparison itself (an element-wise tensor result).
                return Typed(type) { f in
                    let a = try lc(f), b = try rc(f)
                    return try at(position) {
                        if case .native = a, let handler = rt.binaryOperator, let v = try handler(op, a, b, rt.nativeContext) { return v }
                        if case .native = b, let handler = rt.binaryOperator, let v = try handler(op, a, b, rt.nativeContext) { return v }
                        return .bool(try test(a, b))
                    }
                }
            }
            return Typed(.bool) { f in
                let a = try lc(f), b = try rc(f)
                return .bool(try at(position) { try test(a, b) })
            }
        }
        if type == .double, let code = DoubleOpCode(op) {
            return unboxedArithmetic(code, l, r, position)
        }
        if type == .double, let specialized = Specialized.double(op) {
            let fast = specialized.apply
            if case .double(let y)? = r.constant {
                return Typed(.double) { f in
                    let a = try lc(f)
                    if case .double(let x) = a { return .double(fast(x, y)) }
                    return try at(position) { try Arithmetic.apply(op, a, .double(y), rt) }
                }
            }
            return Typed(.double) { f in
                let a = try lc(f), b = try rc(f)
                if case .double(let x) = a, case .double(let y) = b { return .double(fast(x, y)) }
                return try at(position) { try Arithmetic.apply(op, a, b, rt) }
            }
        }
        if type == .int, let code = IntOpCode(op) {
            return unboxedArithmetic(code, l, r, position)
        }
        if type == .int, let specialized = Specialized.int(op) {
            let fast = specialized.apply
            if let s = l.localSlot, let c = r.constant, case .int(let y) = c {
                return Typed(.int) { f in
                    do {
                        if case .int(let x) = f.slots[s] { return .int(try fast(x, y)) }
                        return try Arithmetic.apply(op, f.slots[s], c, rt)
                    } catch {
                        throw error.located(at: position)
                    }
                }
            }
            if let c = r.constant, case .int(let y) = c {
                return Typed(.int) { f in
                    let a = try lc(f)
                    do {
                        if case .int(let x) = a { return .int(try fast(x, y)) }
                        return try Arithmetic.apply(op, a, c, rt)
                    } catch {
                        throw error.located(at: position)
                    }
                }
            }
            return Typed(.int) { f in
                let a = try lc(f), b = try rc(f)
                do {
                    if case .int(let x) = a, case .int(let y) = b { return .int(try fast(x, y)) }
                    return try Arithmetic.apply(op, a, b, rt)
                } catch {
                    throw error.located(at: position)
                }
            }
        }
        return Typed(type) { f in
            let a = try lc(f), b = try rc(f)
            return try at(position) { try Arithmetic.apply(op, a, b, rt) }
        }
    }

    /// The static result type of `l op r`, or Swift's error for operands it cannot combine.
    func resultType(_ op: String, _ l: StaticType, _ r: StaticType, _ operatorNode: ExprSyntax) throws -> StaticType {
        let isComparison = Lowerer.comparisons.contains(op)
        if l.isVague || r.isVague {
            // A comparison with a native operand may yield a native value (a boolean tensor).
            if isComparison { return (l.isNative || r.isNative || l == .unknown || r == .unknown) ? .unknown : .bool }
            return l == r ? l : .unknown
        }
        let mismatch = fail("binary operator '\(op)' cannot be applied to operands of type '\(l.name)' and '\(r.name)'", operatorNode)
        if isComparison {
            if l == r { return .bool }
            if (op == "==" || op == "!="), case .optional(let w) = l, w == r || r == .nilLiteral { return .bool }
            if (op == "==" || op == "!="), case .optional(let w) = r, w == l || l == .nilLiteral { return .bool }
            if (op == "==" || op == "!="), l == .nilLiteral || r == .nilLiteral { return .bool }
            throw mismatch
        }
        guard l == r else { throw mismatch }
        switch l {
        case .int: return .int
        case .double, .float:
            if op == "%" {
                throw fail("'%' is unavailable: For floating point numbers use truncatingRemainder instead", operatorNode)
            }
            return l
        case .string where op == "+": return .string
        case .array where op == "+": return l
        default: throw mismatch
        }
    }

    func comparison(_ op: String) -> (Value, Value) throws -> Bool {
        switch op {
        case "==": return { a, b in try valuesEqual(a, b) }
        case "!=": return { a, b in try !valuesEqual(a, b) }
        default:
            return { a, b in
                if case .int(let x) = a, case .int(let y) = b {
                    switch op {
                    case "<": return x < y
                    case "<=": return x <= y
                    case ">": return x > y
                    default: return x >= y
                    }
                }
                return relation(op, try compareValues(a, b))
            }
        }
    }

    func nilCoalescing(_ e: InfixOperatorExprSyntax, expected: StaticType?) throws -> Typed {
        let l = try lower(e.leftOperand, expected: expected.map { .optional($0) })
        var wrapped: StaticType = .unknown
        if case .optional(let w) = l.type { wrapped = w }
        let r = try lower(e.rightOperand, expected: wrapped == .unknown ? expected : wrapped)
        if !l.type.isVague, case .optional = l.type {} else if !l.type.isVague {
            throw fail("left side of nil coalescing operator '??' has non-optional type '\(l.type.name)', so the right side is never used", e.operator)
        }
        var type = wrapped == .unknown ? r.type : (r.type.isAssignable(to: wrapped) ? (r.type == .unknown ? wrapped : r.type) : wrapped)
        // `xs.first ?? 0` where the elements' type is known only at run time: a literal takes the left
        // side's type in Swift, so the result is that unknown type, not Int.
        if wrapped == .unknown, l.type.isVague, isNumericLiteral(e.rightOperand) { type = .unknown }
        // `a ?? b` with `b` optional too is optional (Swift's `T? ?? T?`): `if let n = a ?? b`.
        if !wrapped.isVague, r.type == .optional(wrapped) { type = r.type }
        if !wrapped.isVague, r.type == .nilLiteral { type = .optional(wrapped) }
        if !wrapped.isVague, !r.type.isVague, !r.type.isAssignable(to: wrapped), r.type != .optional(wrapped) {
            throw fail("cannot convert value of type '\(r.type.name)' to expected argument type '\(wrapped.name)'", e.rightOperand)
        }
        let lc = l.code, rc = r.code
        return Typed(type) { f in
            switch try lc(f) {
            case .none: return try rc(f)
            case .some(let v): return v
            case let v: return v
            }
        }
    }

    func prefix(_ e: PrefixOperatorExprSyntax, expected: StaticType?) throws -> Typed {
        let op = e.operator.text
        let position = pos(e)
        if op == "-", let lit = e.expression.as(IntegerLiteralExprSyntax.self), expected != .double, expected != .float {
            if let v = Int("-" + lit.literal.text.filter { $0 != "_" }) { return .constant(.int(v), .int) }
        }
        let operand = try lower(e.expression, expected: op == "!" ? .bool : expected)
        if case .nominal(let type) = operand.type, let implementation = type.staticMethods[Self.prefixOperatorKey(op)] {
            return try invoke(implementation, receiver: nil, [CallArgument(label: nil, expr: e.expression)], e)
        }
        switch op {
        case "-", "+":
            guard operand.type.isNumeric || operand.type.isVague else {
                throw fail("unary operator '\(op)' cannot be applied to an operand of type '\(operand.type.name)'", e)
            }
        case "!":
            guard operand.type == .bool || operand.type.isVague else {
                throw fail("cannot convert value of type '\(operand.type.name)' to expected argument type 'Bool'", e.expression)
            }
        case "~":
            guard operand.type == .int || operand.type.isVague else {
                throw fail("unary operator '~' cannot be applied to an operand of type '\(operand.type.name)'", e)
            }
        default: throw fail("unsupported prefix operator '\(op)'", e)
        }
        if let c = operand.constant, let v = try? Arithmetic.prefix(op, c, rt) { return .constant(v, operand.type) }
        if op == "!", operand.type == .bool {
            let test = testCode(operand, e.expression)
            var typed = Typed(.bool) { f in .bool(!(try test(f))) }
            typed.test = TestBox { f in !(try test(f)) }
            return typed
        }
        let code = operand.code
        let rt = self.rt
        return Typed(operand.type) { f in
            let v = try code(f)
            return try at(position) { try Arithmetic.prefix(op, v, rt) }
        }
    }

    /// An operator used as a function value: `xs.reduce(0, +)`, `xs.sorted(by: >)`.
    func operatorFunction(_ op: String, _ e: some SyntaxProtocol) throws -> Typed {
        let rt = self.rt
        if Lowerer.arithmetic.contains(op) {
            return .constant(.function(Function(name: op, parameterCount: 2, body: .builtin { args in
                try Arithmetic.apply(op, args[0], args[1], rt)
            })), .function([.unknown, .unknown], .unknown))
        }
        if Lowerer.comparisons.contains(op) {
            let test = comparison(op)
            return .constant(.function(Function(name: op, parameterCount: 2, body: .builtin { args in
                .bool(try test(args[0], args[1]))
            })), .function([.unknown, .unknown], .bool))
        }
        throw fail("operator '\(op)' cannot be used as a function value", e)
    }

    func forceUnwrap(_ e: ForceUnwrapExprSyntax) throws -> Typed {
        let inner = try lower(e.expression)
        let type: StaticType
        switch inner.type {
        case .optional(let w): type = w
        case let t where t.isVague: type = t
        default: throw fail("cannot force unwrap value of non-optional type '\(inner.type.name)'", e.exclamationMark)
        }
        let code = inner.code
        let position = pos(e.exclamationMark)
        return Typed(type) { f in
            switch try code(f) {
            case .some(let v): return v
            case .none: throw RuntimeFailure.unwrapNil.located(at: position)
            case let v: return v
            }
        }
    }
}

/// Builds `lower..<upper` or `lower...upper`, trapping as Swift does for reversed bounds.
func makeRange(_ lower: Value, _ upper: Value, closed: Bool) throws -> Value {
    let lo = try asInt(lower), hi = try asInt(upper)
    guard lo <= hi else { throw RuntimeFailure.badRange }
    if closed {
        guard hi < Int.max else { throw RuntimeFailure.overflow }
        return .range(IntRange(lower: lo, upper: hi + 1, closed: true))
    }
    return .range(IntRange(lower: lo, upper: hi, closed: false))
}
