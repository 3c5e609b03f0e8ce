/// The hot path of recursive code: a call of a one-parameter `func` declared at the top level.
extension Lowerer {
    /// Calls the global function in `slot` with one argument. The session's global frame outlives
    /// every compiled cell, so the slot is read through a pointer captured here; `Runtime.enter` is
    /// written out with the counters' pointer captured directly; an Int or Double result is passed
    /// unboxed, and an Int argument is boxed straight into the callee's frame.
    func globalCall(_ name: String, slot: Int, argument: Typed, result: StaticType,
                    position: SourcePosition) -> Typed {
        let call = GlobalCall(name: name, calleeSlot: globalFrame.slots + slot, runtime: rt, position: position)
        if argument.type == .int {
            let value = argument.intCode(position).run
            switch result {
            case .int: return .int { f in try call.enter(.int(try value(f))) { try $0.callInterpretedInt($1) } }
            case .double: return .double { f in try call.enter(.int(try value(f))) { try $0.callInterpretedDouble($1) } }
            default: return Typed(result) { f in try call.enter(.int(try value(f))) { try $0.callInterpreted($1) } }
            }
        }
        let value = argument.code
        switch result {
        case .int: return .int { f in try call.enter(try value(f)) { try $0.callInterpretedInt($1) } }
        case .double: return .double { f in try call.enter(try value(f)) { try $0.callInterpretedDouble($1) } }
        default: return Typed(result) { f in try call.enter(try value(f)) { try $0.callInterpreted($1) } }
        }
    }
}

/// What a call of a global one-parameter function needs at run time.
struct GlobalCall {
    let name: String
    /// The callee's slot in the session's global frame (which lives as long as the session).
    let calleeSlot: UnsafeMutablePointer<Value>
    let runtime: Runtime
    let counters: UnsafeMutablePointer<Int>
    let maxDepth: Int
    let position: SourcePosition

    init(name: String, calleeSlot: UnsafeMutablePointer<Value>, runtime: Runtime, position: SourcePosition) {
        self.name = name
        self.calleeSlot = calleeSlot
        self.runtime = runtime
        counters = runtime.counters
        maxDepth = runtime.maxDepth
        self.position = position
    }

    /// Finds the callee, applies the depth and time limits (`Runtime.enter` written out), and runs
    /// `body` one level deeper; errors are located at the call.
    @inline(__always)
    func enter<R>(_ argument: consuming Value, _ body: (Function, consuming Value) throws -> R) throws -> R {
        // The slot keeps the function alive for the whole call (a `func`'s slot is written only by
        // its declaration, which cannot run again inside the call), so it is used unretained.
        let callee: Unmanaged<Function>
        switch calleeSlot.pointee {
        case .function(let fn) where fn.isInterpreted: callee = .passUnretained(fn)
        default: throw RuntimeError(message: "'\(name)' is not callable here", position: position)
        }
        counters[1] &+= 1
        defer { counters[1] &-= 1 }
        counters[0] &+= 1
        if counters[1] > maxDepth || counters[0] & 1023 == 0 { try runtime.checkLimits(position) }
        var pending: Value? = consume argument
        do {
            return try callee._withUnsafeGuaranteedRef { try body($0, pending.take() ?? .void) }
        } catch {
            throw error.located(at: position)
        }
    }
}
