// A call of a declared `func` with every argument given and none `inout`: the arguments are
// evaluated straight into the callee's frame (no argument array), in their unboxed form where the
// lowering knows one, and the callee's unboxed body yields an Int or Double result without a box.

/// Where one argument of a direct call comes from. The common shapes are evaluated in place, so an
/// argument such as `n - 1`, `y` or `0` costs no closure call.
enum DirectArgument {
    /// A variable of the caller's frame, copied as it is.
    case slot(Int)
    /// A variable of the caller's frame lent to the callee: its bits are placed in the parameter's
    /// slot without a count changing, and taken back (forgotten) when the call ends, as Swift passes
    /// a `let` argument borrowed. Lowered only where nothing can change the variable while the callee
    /// runs (see `lendingWhereSafe`); at run time only to a callee whose frame cannot outlive the call.
    case lent(Int)
    /// A `let` of the caller's frame lent to the callee, as `lent`; kept whatever the other arguments
    /// do (nothing can change or free a `let` while the caller waits for the call), so also lent at
    /// the top level and beside `inout` arguments.
    case lentLet(Int)
    /// A variable of the caller's frame combined with a constant (`n - 1`).
    case slotArithmetic(SlotArithmetic)
    /// A value known when the call is lowered.
    case constant(Value)
    /// An Int-typed expression given by its unboxed code.
    case int(IntCode)
    /// A Double-typed expression given by its unboxed code.
    case double(DoubleCode)
    /// Any other expression.
    case value(CodeBox)
    /// A parameter left out of the call: its default value is evaluated in the callee's frame once
    /// the given arguments are stored.
    case parameterDefault

    /// The cheapest form of a lowered argument that yields the same value; `lendable` allows a
    /// variable of the caller's frame to be lent (a body whose frame no closure keeps, and a value
    /// with a reference count to save).
    init(_ typed: Typed, _ position: SourcePosition, lendable: Bool = false) {
        if let constant = typed.constant {
            self = .constant(constant)
        } else if let slot = typed.localSlot {
            // (A number has no count to save.)
            if typed.type.isScalar {
                self = .slot(slot)
            } else if typed.localSlotIsLet {
                self = .lentLet(slot)
            } else {
                self = lendable ? .lent(slot) : .slot(slot)
            }
        } else if let slotArithmetic = typed.slotArithmetic {
            self = .slotArithmetic(slotArithmetic)
        } else if typed.type == .int, let int = typed.int {
            self = .int(int)
        } else if typed.type == .double, let double = typed.double {
            self = .double(double)
        } else {
            self = .value(CodeBox(run: typed.code))
        }
    }

    /// Whether evaluating the argument runs no code that could change a variable (so a variable lent
    /// before it stays as it was).
    var isPlain: Bool {
        switch self {
        case .slot, .lent, .lentLet, .slotArithmetic, .constant, .parameterDefault: return true
        case .int, .double, .value: return false
        }
    }

    /// The arguments with each lent variable kept only where every argument after it is plain: a
    /// later argument such as `g(&a)` could otherwise change or free the value lent to the callee.
    static func lendingWhereSafe(_ arguments: [DirectArgument]) -> [DirectArgument] {
        var result = arguments
        var laterArePlain = true
        for i in result.indices.reversed() {
            if case .lent(let source) = result[i], !laterArePlain { result[i] = .slot(source) }
            laterArePlain = laterArePlain && result[i].isPlain
        }
        return result
    }

    /// Evaluates the argument in the caller's frame `f` and stores it in `slot` of the callee's frame,
    /// which holds nothing to release (the slots of a frame from `Function.takeFrame` never do);
    /// `lending` places a lent variable's bits there without retaining them.
    @inline(__always)
    func store(_ f: Frame, into slot: UnsafeMutablePointer<Value>, lending: Bool) throws {
        switch self {
        case .slot(let source):
            let value = UnsafePointer(f.slots + source)
            // A number's bits are the whole value: copied without Value's outlined copy.
            if value.holdsNoReference {
                UnsafeMutableRawPointer(slot).copyMemory(from: value, byteCount: MemoryLayout<Value>.size)
            } else {
                slot.initialize(to: value.pointee)
            }
        case .lent(let source), .lentLet(let source):
            guard lending else {
                slot.initialize(to: f.slots[source])
                return
            }
            UnsafeMutableRawPointer(slot).copyMemory(from: f.slots + source, byteCount: MemoryLayout<Value>.size)
        case .slotArithmetic(let arithmetic): slot.initialize(to: .int(try arithmetic.apply(f)))
        case .constant(let value): slot.initialize(to: value)
        case .int(let code): slot.initialize(to: .int(try code.run(f)))
        case .double(let code): slot.initialize(to: .double(try code.run(f)))
        case .value(let code): slot.initialize(to: try code.run(f))
        case .parameterDefault: break
        }
    }

    /// The argument's value in the caller's frame `f` (`()` for a left-out parameter).
    func value(_ f: Frame) throws -> Value {
        switch self {
        case .slot(let source), .lent(let source), .lentLet(let source): return f.slots[source]
        case .slotArithmetic(let arithmetic): return .int(try arithmetic.apply(f))
        case .constant(let value): return value
        case .int(let code): return .int(try code.run(f))
        case .double(let code): return .double(try code.run(f))
        case .value(let code): return try code.run(f)
        case .parameterDefault: return .void
        }
    }
}

/// How a direct call finds its callee.
enum DirectCallee {
    /// A `func` of the session's top level: its slot in the global frame, which lives as long as
    /// the session and is written only by the declaration, so the function is used unretained.
    case global(UnsafeMutablePointer<Value>)
    /// A nested `func`: read from an enclosing frame.
    case nested(CodeBox)
    /// A function-typed expression (a closure in a variable): when its value is not an interpreted
    /// function of as many parameters, the call goes through `callValue` with an argument array.
    case dynamic(CodeBox)
    /// A method, initializer or getter of a declared type, whose body may be lowered after the call
    /// (the receiver, if any, is the first argument: slot 0).
    case method(Method)
    /// An overridable method of a class: the entry of the receiver's own class's dispatch table
    /// (the most derived override), found through the receiver where it lies in the caller's frame
    /// (it is also the first argument).
    case virtual(VirtualEntry)
}

/// Where a virtual call finds its receiver and which dispatch-table entry it calls.
struct VirtualEntry {
    /// The caller's slot holding the receiver.
    let receiverSlot: Int
    /// The method's slot in every dispatch table of the class and its subclasses.
    let tableSlot: Int

    /// The receiver's implementation, unretained (its class keeps it alive); nil when the slot
    /// holds no instance or the method is not declared yet.
    @inline(__always)
    func function(_ f: Frame) -> Unmanaged<Function>? {
        (f.slots + receiverSlot).withObjectPayload { $0.type.vtable[tableSlot].unretainedFunction } ?? nil
    }
}

/// What a direct call needs at run time. (A class: the compiled closures hold one reference, and
/// calling through it retains nothing, where a struct's fields were retained on every call.)
final class DirectCall {
    let name: String
    let callee: DirectCallee
    // The callee's code or method, also held apart from `callee`: binding them out of the enum
    // copied them, a retain and a release on every call.
    private let calleeCode: Code?
    private let method: Method?
    /// The arguments in order.
    let arguments: [DirectArgument]
    /// Evaluates the arguments into the callee's slots (see `ArgumentStore`).
    let storeArguments: ArgumentStore.Run
    /// The positions of the `lent` arguments.
    let lent: [Int]
    /// The callee's default values, when some argument is left out (nil when all are given).
    let defaults: DefaultValues?
    /// The `&x` arguments, moved into the callee's frame and written back when it returns or throws.
    let inOut: InOutTransfer
    let runtime: Runtime
    let work: WorkCounter
    let maxDepth: Int
    let position: SourcePosition

    init(name: String, callee: DirectCallee, arguments: [DirectArgument], defaults: DefaultValues?,
         inOut: [InOutArgument] = [], runtime: Runtime, position: SourcePosition) {
        self.name = name
        self.callee = callee
        switch callee {
        case .nested(let code), .dynamic(let code): (calleeCode, method) = (code.run, nil)
        case .method(let method): (calleeCode, self.method) = (nil, method)
        case .global, .virtual: (calleeCode, method) = (nil, nil)
        }
        let arguments = inOut.isEmpty ? DirectArgument.lendingWhereSafe(arguments)
            : arguments.map { if case .lent(let source) = $0 { .slot(source) } else { $0 } }
        self.arguments = arguments
        storeArguments = ArgumentStore.run(arguments[...])
        lent = arguments.indices.filter {
            switch arguments[$0] {
            case .lent, .lentLet: true
            default: false
            }
        }
        self.defaults = defaults
        self.inOut = InOutTransfer(inOut)
        self.runtime = runtime
        work = runtime.work
        maxDepth = runtime.maxDepth
        self.position = position
    }

    /// Calls the function, yielding its boxed result.
    func value(_ f: Frame) throws -> Value {
        try perform(f, { $0 }) { fn, frame in try fn.code(frame) }
    }

    /// Calls a function whose result type is `Int`, yielding the plain Int.
    func int(_ f: Frame) throws -> Int {
        try perform(f, asInt) { fn, frame in try fn.intCode.run(frame) }
    }

    /// Calls a function whose result type is `Double`, yielding the plain Double.
    func double(_ f: Frame) throws -> Double {
        try perform(f, { value in
            guard case .double(let x) = value else { throw RuntimeFailure.expectedDouble(value) }
            return x
        }) { fn, frame in try fn.doubleCode.run(frame) }
    }

    /// Evaluates the callee, then the arguments in order into a frame of the callee, then runs
    /// `body` one level deeper (the depth and time limits applied as `Runtime.enter` does); errors
    /// without a location are reported at the call.
    /// (`unbox` turns the boxed result of a call that is not direct into `R`.)
    @inline(__always)
    private func perform<R>(_ f: Frame, _ unbox: (Value) throws -> R, _ body: (Function, Frame) throws -> R) throws -> R {
        switch callee {
        case .global(let slot):
            guard let fn = UnsafePointer(slot).unretainedFunction else { throw notCallable }
            return try fn._withUnsafeGuaranteedRef { fn in
                guard fn.isInterpreted else { throw notCallable }
                return try perform(fn: fn, f, body)
            }
        case .nested:
            guard case .function(let fn) = try calleeCode!(f), fn.isInterpreted else { throw notCallable }
            return try perform(fn: fn, f, body)
        case .dynamic:
            let value = try calleeCode!(f)
            if case .function(let fn) = value, fn.isInterpreted, fn.parameterCount == arguments.count {
                return try perform(fn: fn, f, body)
            }
            return try unbox(try callIndirectly(value, f))
        case .method:
            guard let fn = method!.unretainedFunction else {
                throw RuntimeError(message: "'\(name)' is used before its declaration", position: position)
            }
            return try fn._withUnsafeGuaranteedRef { try perform(fn: $0, f, body) }
        case .virtual(let entry):
            guard let fn = entry.function(f) else {
                throw RuntimeError(message: "'\(name)' is used before its declaration", position: position)
            }
            return try fn._withUnsafeGuaranteedRef { try perform(fn: $0, f, body) }
        }
    }

    /// Calls a value that is not an interpreted function of this arity (a built-in such as `sqrt`
    /// in a variable, or a callable native value) with an argument array, as `dynamicCall` does.
    private func callIndirectly(_ value: Value, _ f: Frame) throws -> Value {
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for i in 0..<arguments.count { values.append(try arguments[i].value(f)) }
        return try at(position) {
            guard case .function(let fn) = value else { return try callValue(value, values, runtime) }
            return try runtime.invoke(fn, values)
        }
    }

    @inline(__always)
    private func perform<R>(fn: Function, _ f: Frame, _ body: (Function, Frame) throws -> R) throws -> R {
        let frame = fn.takeFrame()
        let slots = frame.slots
        // A callee whose frame a closure may keep gets copies: a lent value must not outlive the call.
        let lending = !lent.isEmpty && !fn.mayCaptureFrame
        do {
            try storeArguments(f, slots, lending)
            if let defaults { try storeDefaults(defaults, frame) }
            if work.enter(maxDepth: maxDepth) {
                do {
                    try runtime.checkLimits(position)
                } catch {
                    work.leave()
                    throw error
                }
            }
        } catch {
            if lending { takeBackLent(frame) }
            throw error
        }
        defer { work.leave() }
        if !inOut.isEmpty { return try withInOut(fn, f, frame, lending: lending, body) }
        let result: R
        do {
            result = try body(fn, frame)
        } catch {
            if lending { takeBackLent(frame) }
            throw error.located(at: position)
        }
        if lending { takeBackLent(frame) }
        fn.recycle(consume frame)
        return result
    }

    /// Forgets the lent values in the callee's frame (their owner is the caller's variable), leaving
    /// `()` in their slots, so that neither recycling nor freeing the frame releases them.
    @inline(__always)
    private func takeBackLent(_ frame: Frame) {
        let slots = frame.slots
        for i in lent { (slots + i).initialize(to: .void) }
    }

    /// Runs the call with its `inout` arguments moved in, writing them back on every exit (see
    /// `Lowerer.withWriteBack`), after taking back the values lent to it.
    private func withInOut<R>(_ fn: Function, _ f: Frame, _ frame: Frame, lending: Bool,
                              _ body: (Function, Frame) throws -> R) throws -> R {
        let result: R
        do {
            try inOut.moveOut(f)
            result = try body(fn, frame)
        } catch {
            if lending { takeBackLent(frame) }
            try inOut.writeBack(f, frame)
            throw error.located(at: position)
        }
        if lending { takeBackLent(frame) }
        try inOut.writeBack(f, frame)
        fn.recycle(consume frame)
        return result
    }

    /// Evaluates the default values of the parameters the call leaves out.
    private func storeDefaults(_ defaults: DefaultValues, _ frame: Frame) throws {
        for i in 0..<arguments.count {
            guard case .parameterDefault = arguments[i], let code = defaults.codes[safe: i] ?? nil else { continue }
            frame.slots[i] = try code(frame)
        }
    }

    private var notCallable: RuntimeError {
        RuntimeError(message: "'\(name)' is not callable here", position: position)
    }
}
