import SwiftSyntax

extension Lowerer {
    /// The parts of `for v in stride(from: a, to: b, by: s)` (or `through:`) with Int or Double
    /// bounds: the loop then steps through Swift's own `stride` sequence in place instead of
    /// building the array of its elements. Nil for any other sequence (and when `stride` names a
    /// declaration of the notebook).
    func strideBounds(_ sequence: ExprSyntax, elementType: StaticType) throws -> StrideBounds? {
        guard let call = sequence.as(FunctionCallExprSyntax.self), call.trailingClosure == nil,
            call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "stride",
            scope.lookup("stride") == nil, elementType == .int || elementType == .double else { return nil }
        let args = callArguments(call)
        guard args.count == 3, args[0].label == "from", args[2].label == "by",
            args[1].label == "to" || args[1].label == "through" else { return nil }
        let parts = try args.map { a in try lower(a.expr, expected: isNumericLiteral(a.expr) ? elementType : nil) }
        guard parts.allSatisfy({ $0.type == elementType }) else { return nil }
        let position = pos(call)
        if elementType == .int {
            let codes = parts.map { $0.intCode(position) }
            return .int(codes[0], codes[1], codes[2], through: args[1].label == "through", position: position)
        }
        let codes = parts.map { $0.doubleCode(position) }
        return .double(codes[0], codes[1], codes[2], through: args[1].label == "through", position: position)
    }

    /// A `for` loop over a stride whose body runs in the current frame with a plain loop variable
    /// (see `countingLoop`, whose reasoning about the variable's slot applies here too).
    func strideLoop(_ bounds: StrideBounds, slot: Int?, _ body: @escaping StmtCode,
                    _ position: SourcePosition) -> StmtCode {
        let rt = self.rt
        let work = rt.work
        @inline(__always) func run<S: Sequence>(_ f: Frame, _ elements: S, _ box: (S.Element) -> Value) throws -> Flow {
            let variable: UnsafeMutablePointer<Value>? = slot.map { f.slots + $0 }
            variable?.pointee = .void
            for element in elements {
                variable?.initialize(to: box(element))
                if work.tick() { try rt.checkDeadline(position) }
                let flow = try body(f)
                guard flow.continuesLoop else { return flow.afterLoop }
            }
            return .normal
        }
        switch bounds {
        case .int(let from, let to, let by, let through, let at):
            return { f in
                let a = try from.run(f), b = try to.run(f), s = try by.run(f)
                guard s != 0 else { throw RuntimeFailure.zeroStride.located(at: at) }
                return through ? try run(f, stride(from: a, through: b, by: s), Value.int)
                    : try run(f, stride(from: a, to: b, by: s), Value.int)
            }
        case .double(let from, let to, let by, let through, let at):
            return { f in
                let a = try from.run(f), b = try to.run(f), s = try by.run(f)
                guard s != 0 else { throw RuntimeFailure.zeroStride.located(at: at) }
                return through ? try run(f, stride(from: a, through: b, by: s), Value.double)
                    : try run(f, stride(from: a, to: b, by: s), Value.double)
            }
        }
    }
}

/// The bounds and step of a `stride` a `for` loop iterates, as unboxed code, with the position of
/// the `stride` call (where a zero step traps).
enum StrideBounds {
    case int(IntCode, IntCode, IntCode, through: Bool, position: SourcePosition)
    case double(DoubleCode, DoubleCode, DoubleCode, through: Bool, position: SourcePosition)
}

extension RuntimeFailure {
    /// Swift's precondition message for `stride(from:to:by: 0)`.
    static let zeroStride = RuntimeFailure("Stride size must not be zero")
}
