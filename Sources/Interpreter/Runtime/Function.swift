/// The compiled body of an interpreted `func` or closure, made once by the lowering pass and shared by
/// every function value created from it.
struct InterpretedBody {
    /// The number of slots of a call's frame (parameters first).
    let frameSize: Int
    /// The body, yielding the returned value.
    let code: Code
    /// The same body yielding a plain Int or Double, when its result type is one of them (lets
    /// numeric callers skip boxing the result).
    var int: IntCode?
    var double: DoubleCode?
    /// Whether the body creates closures or nested functions, which may keep a call's frame alive
    /// after the call (when not, a finished frame is recycled without a uniqueness check).
    var mayCaptureFrame: Bool
    /// Whether a finished frame must be reset to `()` before reuse: false when every slot holds an
    /// initialized scalar (nothing to release, and each call writes a slot before reading it).
    var needsClearing: Bool
}

/// A function value: an interpreted `func` or closure, or a built-in.
public final class Function {
    /// The kinds of callable bodies.
    enum Body {
        /// Interpreted: a fresh frame whose first slots receive the arguments, enclosed by `captured`.
        case interpreted(InterpretedBody, captured: Frame?)
        /// Built in: receives the evaluated positional arguments.
        case builtin(([Value]) throws -> Value)
    }

    /// A built-in body kept in a struct (see `StmtBox` for why closures are boxed).
    struct BuiltinBody {
        let run: ([Value]) throws -> Value
    }

    /// The name used in messages (`fib`, `closure`, `+`); for the function a key path stands for, the
    /// key path as `print` shows it (`\Point.x`: no other name starts with a backslash).
    let name: String
    /// The number of parameters (nil for variadic built-ins).
    let parameterCount: Int?
    // The body's parts as plain stored constants, so a call reads them without copying an enum payload.
    let isInterpreted: Bool
    let frameSize: Int
    let code: Code
    /// The body yielding a plain Int or Double: the unboxed body, or `code` with its result unwrapped
    /// (non-optional, so that calling it does not copy the closure out of an Optional).
    let intCode: IntCode
    let doubleCode: DoubleCode
    /// Whether `intCode` is the body's own unboxed code (not `code` unwrapped).
    let hasUnboxedInt: Bool
    /// As in `InterpretedBody` (built-ins have no frames, so these do not matter for them).
    let mayCaptureFrame: Bool
    let needsClearing: Bool
    let captured: Frame?
    let builtin: BuiltinBody?
    /// Frames of finished calls, kept for reuse so that a call costs no allocation: all frames of
    /// one function value have the same size and parent (the frame it captured), so any of them
    /// fits any later call. Behind pointers, like `Runtime.work`, to keep exclusivity checks
    /// and retains out of calls. `poolCount.pointee` of the `pooled` frames are initialized.
    /// Both live in one block: the count, then room for `poolCapacity` frames (none for built-ins).
    private let poolCount: UnsafeMutablePointer<Int>
    private let pooled: UnsafeMutablePointer<Frame>
    /// Enough for the recursion depth of typical notebook code; deeper calls allocate.
    static let poolCapacity = 32

    init(name: String, parameterCount: Int?, body: Body) {
        self.name = name
        self.parameterCount = parameterCount
        switch body {
        case .interpreted(let body, let captured):
            isInterpreted = true
            frameSize = body.frameSize
            let code = body.code
            self.code = code
            hasUnboxedInt = body.int != nil
            intCode = body.int ?? IntCode { frame in
                let value = try code(frame)
                guard case .int(let x) = value else { throw RuntimeFailure.expectedInt(value) }
                return x
            }
            doubleCode = body.double ?? DoubleCode { frame in
                let value = try code(frame)
                guard case .double(let x) = value else { throw RuntimeFailure.expectedDouble(value) }
                return x
            }
            mayCaptureFrame = body.mayCaptureFrame
            needsClearing = body.needsClearing
            self.captured = captured
            builtin = nil
            (poolCount, pooled) = Function.allocatePool(capacity: Function.poolCapacity)
        case .builtin(let run):
            isInterpreted = false
            frameSize = 0
            code = { _ in .void }
            intCode = IntCode { _ in throw RuntimeFailure("'\(name)' does not return an Int") }
            hasUnboxedInt = false
            doubleCode = DoubleCode { _ in throw RuntimeFailure("'\(name)' does not return a Double") }
            mayCaptureFrame = false
            needsClearing = true
            captured = nil
            builtin = BuiltinBody(run: run)
            (poolCount, pooled) = Function.allocatePool(capacity: 0)
        }
    }

    deinit {
        pooled.deinitialize(count: poolCount.pointee)
        poolCount.deallocate()
    }

    /// One block holding a frame count (zero) followed by room for `capacity` frames.
    private static func allocatePool(capacity: Int) -> (UnsafeMutablePointer<Int>, UnsafeMutablePointer<Frame>) {
        // A frame reference is one word, so the block is `1 + capacity` Ints, aligned for both.
        let count = UnsafeMutablePointer<Int>.allocate(capacity: 1 + capacity)
        count.initialize(to: 0)
        let frames = UnsafeMutableRawPointer(count + 1).bindMemory(to: Frame.self, capacity: capacity)
        return (count, frames)
    }

    /// Runs this interpreted function's body on one argument (the caller checks the arity and the
    /// limits).
    @inline(__always)
    func callInterpreted(_ argument: consuming Value) throws -> Value {
        try run(argument, code)
    }

    /// `callInterpreted` for a function whose result type is `Int`, yielding the plain Int.
    @inline(__always)
    func callInterpretedInt(_ argument: consuming Value) throws -> Int {
        try run(argument, intCode.run)
    }

    /// `callInterpreted` for a function whose result type is `Double`, yielding the plain Double.
    @inline(__always)
    func callInterpretedDouble(_ argument: consuming Value) throws -> Double {
        try run(argument, doubleCode.run)
    }

    /// Runs `body` in a frame for a call with one argument, which moves into the frame's first slot.
    /// That slot holds `()`, or in the recycled frames of scalar-only bodies a stale number: either
    /// way there is nothing to release, so the argument is stored without reading the old value.
    @inline(__always)
    private func run<R>(_ argument: consuming Value, _ body: (Frame) throws -> R) throws -> R {
        let frame = takeFrame()
        frame.slots.initialize(to: consume argument)
        let result = try body(frame)
        recycle(frame)
        return result
    }

    /// A frame for a new call of this interpreted function: a recycled one, or a fresh one. Its
    /// slots hold nothing to release (`()`, or numbers in the recycled frames of scalar-only
    /// bodies), so a call's arguments may be stored without reading what they replace.
    @inline(__always)
    func takeFrame() -> Frame {
        let count = poolCount.pointee
        guard count > 0 else { return Frame.make(size: frameSize, parent: captured) }
        poolCount.pointee = count &- 1
        return (pooled + (count &- 1)).move()
    }

    /// Keeps a frame of a finished call for reuse, when nothing else refers to it (no closure
    /// created during the call captured it); its slots are reset to `()` unless they hold only
    /// scalars. A call that fails does not recycle its frame (errors are rare; the frame is freed).
    @inline(__always)
    func recycle(_ frame: consuming Frame) {
        // (The parameter itself is changed and moved: a `var` copy of it cost a retain per call.)
        let count = poolCount.pointee
        guard count < Function.poolCapacity, !mayCaptureFrame || isKnownUniquelyReferenced(&frame) else { return }
        if needsClearing { frame.clear(size: frameSize) }
        (pooled + count).initialize(to: consume frame)
        poolCount.pointee = count &+ 1
    }
}

extension Function {
    /// Whether this function is what a key path literal stands for (its name is the key path).
    /// (Kept in the name: another stored property made every call about 25% slower in `fib(27)`.)
    var isKeyPath: Bool { name.hasPrefix("\\") }
}
