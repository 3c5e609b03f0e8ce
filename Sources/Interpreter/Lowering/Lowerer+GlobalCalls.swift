/// The hot path of recursive code: a call of a one-parameter `func` declared at the top level.
extension Lowerer {
    /// Calls the global function in `slot` with one argument. The session's global frame outlives
    /// every compiled cell, so the slot is read through a pointer captured here; `Runtime.enter` is
    /// written out with the work counter captured directly; an Int argument is boxed straight
    /// into the callee's frame, and an Int or Double result is passed on unboxed.
    func globalCall(_ name: String, slot: Int, argument: Typed, result: StaticType,
                    position: SourcePosition) -> Typed {
        let call = GlobalCall(name: name, calleeSlot: globalFrame.slots + slot, runtime: rt, position: position)
        if argument.type == .int {
            let value = argument.intCode(position).run
            switch result {
            case .int:
                let intCall = GlobalIntCall(call: call, argument: value, argumentInPlace: argument.slotArithmetic)
                var typed = Typed.int { f in try intCall.apply(f) }
                typed.globalIntCall = intCall
                return typed
            case .double:
                return .double { f in
                    let x = try value(f)
                    let callee = try call.enter()
                    defer { call.leave() }
                    do {
                        return try callee._withUnsafeGuaranteedRef { try $0.callInterpretedDouble(.int(x)) }
                    } catch {
                        throw error.located(at: position)
                    }
                }
            default: break
            }
        }
        let value = argument.code
        return Typed(result) { f in
            var pending: Value? = try value(f)
            let callee = try call.enter()
            defer { call.leave() }
            do {
                return try callee._withUnsafeGuaranteedRef { try $0.callInterpreted(pending.take() ?? .void) }
            } catch {
                throw error.located(at: position)
            }
        }
    }
}

/// A call of a global function from Int to Int, which arithmetic evaluates in place
/// (`fib(n - 1) + fib(n - 2)` calls no closure for its operands).
struct GlobalIntCall {
    let call: GlobalCall
    let argument: (Frame) throws -> Int
    /// The argument when it is `local op constant`, evaluated without calling `argument`.
    let argumentInPlace: SlotArithmetic?

    @inline(__always)
    func apply(_ f: Frame) throws -> Int {
        let x = if let argumentInPlace { try argumentInPlace.apply(f) } else { try argument(f) }
        let callee = try call.enter()
        defer { call.leave() }
        do {
            return try callee._withUnsafeGuaranteedRef { try $0.callInterpretedInt(.int(x)) }
        } catch {
            throw error.located(at: call.position)
        }
    }
}

/// What a call of a global one-parameter function needs at run time.
struct GlobalCall {
    let name: String
    /// The callee's slot in the session's global frame (which lives as long as the session).
    let calleeSlot: UnsafeMutablePointer<Value>
    let runtime: Runtime
    let work: WorkCounter
    let maxDepth: Int
    let position: SourcePosition

    init(name: String, calleeSlot: UnsafeMutablePointer<Value>, runtime: Runtime, position: SourcePosition) {
        self.name = name
        self.calleeSlot = calleeSlot
        self.runtime = runtime
        work = runtime.work
        maxDepth = runtime.maxDepth
        self.position = position
    }

    /// Finds the callee and goes one level deeper, applying the depth and time limits
    /// (`Runtime.enter` written out); every successful `enter` is paired with a `leave`.
    ///
    /// The slot keeps the function alive for the whole call (a `func`'s slot is written only by its
    /// declaration, which cannot run again inside the call), so the callee is used unretained.
    @inline(__always)
    func enter() throws -> Unmanaged<Function> {
        let callee: Unmanaged<Function>
        switch calleeSlot.pointee {
        case .function(let fn) where fn.isInterpreted: callee = .passUnretained(fn)
        default: throw RuntimeError(message: "'\(name)' is not callable here", position: position)
        }
        if work.enter(maxDepth: maxDepth) {
            do {
                try runtime.checkLimits(position)
            } catch {
                leave()
                throw error
            }
        }
        return callee
    }

    /// Returns from the level `enter` went into.
    @inline(__always)
    func leave() {
        work.leave()
    }
}
