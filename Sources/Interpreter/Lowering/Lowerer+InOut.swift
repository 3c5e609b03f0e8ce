import SwiftSyntax

/// An `&x` argument of a call: which parameter it is passed to, and how the callee's final value
/// of that parameter is written back to `x` (Swift's copy-in/copy-out).
struct InOutArgument {
    let parameter: Int
    /// Stores the callee's final value of the parameter into `x` (the value is consumed: moved in).
    let writeBack: (Frame, consuming Value) throws -> Void
    /// Empties `x` while the call runs, so that the callee's copy is the only reference to the value
    /// and changes it in place (`xs.append` through an `inout` array does not copy the array); nil
    /// when reaching `x` evaluates something (an index) or runs code (a computed property).
    let moveOut: ((Frame, Value) throws -> Void)?
}

extension Lowerer {
    /// A parameter's type, and whether it is `inout`.
    func parameterType(_ type: TypeSyntax) throws -> (StaticType, isInOut: Bool) {
        if let attributed = type.as(AttributedTypeSyntax.self),
            attributed.specifiers.contains(where: { $0.trimmedDescription == "inout" }) {
            return (try resolveType(attributed.baseType), true)
        }
        return (try resolveType(type), false)
    }

    /// Checks the `&` arguments of a call against the signature's `inout` parameters and makes
    /// their write-backs. Must run before the arguments are lowered (it allows their `&`).
    func inOutArguments(_ sig: Signature, _ args: [CallArgument], _ e: some SyntaxProtocol, offset: Int) throws -> [InOutArgument] {
        let args = sig.labelling(args)
        var result: [InOutArgument] = []
        var roots: [(depth: Int, slot: Int, path: Int, name: String)] = []
        var next = 0
        for (i, label) in sig.labels.enumerated() {
            guard next < args.count, args[next].label == label else { continue }
            let a = args[next]
            next += 1
            let isInOut = sig.inoutParameters.contains(i)
            guard let amp = a.expr.as(InOutExprSyntax.self) else {
                if isInOut {
                    throw fail("passing value of type '\(sig.types[i].name)' to an inout parameter requires explicit '&'", a.expr)
                }
                continue
            }
            guard isInOut else { throw fail("'&' used with non-inout argument of type '\(sig.types[i].name)'", a.expr) }
            let target = try inOutTarget(amp)
            if roots.contains(where: { $0.depth == target.depth && $0.slot == target.slot && ($0.path == 0 || target.path.isEmpty) }) {
                throw fail("overlapping accesses to '\(target.name)', but modification requires exclusive access; consider copying to a local variable", amp)
            }
            roots.append((target.depth, target.slot, target.path.count, target.name))
            allowedInOut.insert(amp.id)
            result.append(inOutArgument(target, parameter: offset + i, pos(amp)))
        }
        return result
    }

    /// The place `&x` names. A place that cannot be assigned gets swiftc's inout wording at the `&`
    /// (`cannot pass immutable value as inout argument: 'n' is a 'let' constant`).
    func inOutTarget(_ amp: InOutExprSyntax) throws -> LValue {
        do {
            return try lvalue(amp.expression)
        } catch let error as SemanticError {
            for assignment in ["cannot assign to value: ", "cannot assign to property: "] where error.message.hasPrefix(assignment) {
                throw fail("cannot pass immutable value as inout argument: " + error.message.dropFirst(assignment.count), amp)
            }
            throw error
        }
    }

    /// How the `&` argument `target` for `parameter` is moved in and written back.
    private func inOutArgument(_ target: LValue, parameter: Int, _ position: SourcePosition) -> InOutArgument {
        if target.path.isEmpty {
            // A variable: its slot, reached directly.
            let locate = slotLocator(target.depth, target.slot)
            return InOutArgument(parameter: parameter, writeBack: { f, value in locate(f).pointee = value },
                                 moveOut: { f, _ in locate(f).pointee = .void })
        }
        let write = store(target, position) { storage, value in storage = value }
        let movable = PlacePath(target).map { $0.indices.isEmpty } == true
        let moveOut = movable ? store(target, position) { storage, _ in storage = .void } : nil
        return InOutArgument(parameter: parameter, writeBack: { f, value in try write(f, value) }, moveOut: moveOut)
    }

    /// `&x` where an `inout` argument is allowed: the value of `x`, copied in.
    func inOutValue(_ e: InOutExprSyntax, expected: StaticType?) throws -> Typed {
        guard allowedInOut.contains(e.id) else {
            throw fail("'&' may only be used to pass an argument to inout parameter", e)
        }
        return try lower(e.expression, expected: expected)
    }

    /// Runs a call whose frame holds `inout` arguments, then copies them out to their variables,
    /// also when the call throws (as Swift writes `inout` arguments back on every exit). Meanwhile
    /// the variables that can be are empty (see `InOutArgument.moveOut`): as in Swift, nothing may
    /// read them during the call. A call without `inout` arguments just runs.
    @inline(__always)
    static func withWriteBack(_ inOut: InOutTransfer, _ f: Frame, _ frame: Frame, _ call: () throws -> Value) throws -> Value {
        if inOut.isEmpty { return try call() }
        try inOut.moveOut(f)
        let value: Value
        do {
            value = try call()
        } catch {
            try inOut.writeBack(f, frame)
            throw error
        }
        try inOut.writeBack(f, frame)
        return value
    }
}

extension Lowerer {
    /// The compound assignments a type may implement (`static func += (lhs: inout T, rhs: T)`).
    static let compoundAssignments: Set<String> = ["+=", "-=", "*=", "/="]

    /// `a += b` through the type's own `static func +=`: `a` is moved into the operator's `inout`
    /// first parameter and moved back when it returns or throws (copy-in, copy-out).
    func compoundAssignment(_ method: Method, _ target: LValue, _ e: InfixOperatorExprSyntax) throws -> StmtCode {
        try checkTry(method.signature, e.operator, arguments: [])
        let operand = method.signature.types[1]
        let rhs = try coerce(lower(e.rightOperand, expected: operand), to: operand, e.rightOperand).code
        let rt = self.rt
        let update = store(target, pos(e.operator)) { old, value in
            guard let fn = method.function else { throw RuntimeFailure("'\(method.name)' is used before its declaration") }
            _ = try rt.callMutating(fn, on: &old) { $0.slots[1] = value }
        }
        return { f in
            try update(f, try rhs(f))
            return .normal
        }
    }
}
