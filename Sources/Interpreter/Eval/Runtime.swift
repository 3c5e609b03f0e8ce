import Synchronization

/// The mutable state of one session's evaluation: output sink, deadline, call depth, native bindings.
///
/// Compiled code captures the session's `Runtime` directly, so nothing is looked up by name while a
/// cell runs.
final class Runtime {
    /// Receives printed text, in order.
    var output: (String) -> Void = { _ in }
    /// Evaluation stops with a timeout error once the clock passes this instant.
    var deadline: ContinuousClock.Instant = .now
    /// The time limit of the running cell, for the timeout message.
    var timeLimit: Duration = .seconds(60)
    /// Set from another thread to stop the running cell at its next deadline check (a kernel's interrupt).
    let interruptRequested = Atomic<Bool>(false)
    /// Loop iterations, calls and the call depth of the running cell.
    let work = WorkCounter.make()

    deinit {
        work.deallocate()
    }

    /// Resets the counters for a new cell.
    func resetCounters() {
        work.reset()
    }

    /// Deeper interpreted calls than this are reported as a stack overflow. A debug build survives
    /// about 150,000 levels of a simple recursive function on the 512 MiB stack; this leaves room
    /// for bodies that nest deeper expressions per level.
    let maxDepth = 50_000

    /// The operators some declared type implements (`static func +`), so that only expressions
    /// using one of them look for an implementation.
    var declaredOperators: Set<String> = []

    /// The members extensions added to built-in types, by extended type (`Array<Double>` for
    /// `extension Array where Element == Double`); they last for the session.
    var builtinExtensions: [String: NominalType] = [:]

    /// Every struct type the session declared, kept alive as long as the session (a struct value refers
    /// to its type without counting it: see `StructValue.type`), also once a later cell shadows it.
    var structTypes: [NominalType] = []

    var nativeFunctions: [String: NativeFunction] = [:]
    var nativeTypes: [String: NativeType] = [
        "Hasher": HasherValue.type, "ObjectIdentifier": ObjectIdentity.type, "CharacterSet": CharacterSetValue.type,
    ]
    var binaryOperator: NativeBinaryOperator?
    var prefixOperator: NativePrefixOperator?
    /// Protocols the host defines (`Layer`), by name: the instance methods a conforming type must declare.
    var nativeProtocols: [String: [String]] = [:]
    /// Properties the host gives every value whose type does not declare them (`trainableVariables`).
    var fallbackProperties: [String: NativeProperty] = [:]
    /// The loop a `break outer` or `continue outer` on its way out is for (`Flow.breakLabel`), and the
    /// numbers given to labelled loops so far.
    var flowLabel = 0
    private var loopLabelCount = 0

    /// A number for a new labelled loop.
    func nextLoopLabel() -> Int {
        loopLabelCount += 1
        return loopLabelCount
    }

    /// The host's seeded source of random bits, behind `Double.random(in:)`, `shuffled()` and the like.
    var randomBits: (() -> UInt64)?

    /// The callback context handed to native code (made once: every native call receives it).
    private(set) lazy var nativeContext = NativeContext { [unowned self] function, arguments in
        try self.invoke(function, arguments)
    }

    /// Counts one unit of work and throws a timeout error when the deadline has passed.
    @inline(__always)
    func tick(_ position: SourcePosition) throws {
        if work.tick() { try checkDeadline(position) }
    }

    /// Throws a timeout error located at `position` once the clock has passed the deadline.
    func checkDeadline(_ position: SourcePosition) throws {
        if interruptRequested.load(ordering: .relaxed) {
            throw RuntimeError(message: Runtime.interruptedMessage, position: position, isTimeout: true)
        }
        if ContinuousClock.now > deadline {
            throw RuntimeError(
                message: "cell exceeded its time limit of \(timeLimit.description)",
                position: position, isTimeout: true)
        }
    }

    /// The error message of a cell stopped by `InterpreterSession.interrupt()`.
    static let interruptedMessage = "cell was interrupted"

    /// Calls a function value with positional arguments.
    /// - Throws: the function's run-time error, or a failure for a wrong argument count or a stack overflow.
    func invoke(_ function: Function, _ arguments: [Value]) throws -> Value {
        if let body = function.builtin?.run {
            if let n = function.parameterCount, n != arguments.count {
                if n > 1, arguments.count == 1, case .tuple(let t) = arguments[0], t.elements.count == n {
                    return try body(t.elements)
                }
                throw RuntimeFailure("'\(function.name)' expects \(n) argument(s) but got \(arguments.count)")
            }
            return try body(arguments)
        }
        var args = arguments
        let expected = function.parameterCount ?? args.count
        if expected > 1, args.count == 1, case .tuple(let t) = args[0], t.elements.count == expected {
            args = t.elements  // `{ a, b in }` applied to a pair, as Swift does for zip and dictionaries
        }
        guard args.count == expected else {
            throw RuntimeFailure("'\(function.name)' expects \(expected) argument(s) but got \(args.count)")
        }
        let frame = function.takeFrame()
        for i in args.indices { frame.slots[i] = args[i] }
        let result = try enter { try function.code(frame) }
        function.recycle(frame)
        return result
    }

    /// Calls a function value with one argument (the closures of `map`, `filter`, ...) without
    /// building an argument array.
    func invoke(_ function: Function, _ argument: Value) throws -> Value {
        guard function.isInterpreted, function.parameterCount == 1 else { return try invoke(function, [argument]) }
        return try enter { try function.callInterpreted(argument) }
    }

    /// Calls a function value with two arguments (the closures of `reduce` and `sorted(by:)`): an
    /// interpreted two-parameter function receives them straight into its frame.
    func invoke(_ function: Function, _ first: Value, _ second: Value) throws -> Value {
        guard function.isInterpreted, function.parameterCount == 2 else { return try invoke(function, [first, second]) }
        let frame = function.takeFrame()
        frame.slots[0] = first
        frame.slots[1] = second
        let result = try enter { try function.code(frame) }
        function.recycle(frame)
        return result
    }

    /// Calls a one-parameter function on each element in order, handing `body` each element with
    /// its result (the loop of `map`, `filter`, `forEach`). An interpreted function whose body creates
    /// no closures runs every call in one frame, so the loop costs no frame traffic per element.
    func forEach(calling function: Function, on elements: [Value], _ body: (Value, Value) throws -> Void) throws {
        guard function.isInterpreted, function.parameterCount == 1, !function.mayCaptureFrame else {
            for element in elements { try body(element, try invoke(function, element)) }
            return
        }
        let checkNow = work.enter(maxDepth: maxDepth)
        defer { work.leave() }
        if checkNow { try checkLimits() }
        let frame = function.takeFrame()
        let size = function.frameSize
        let unboxedInt = function.hasUnboxedInt
        for element in elements {
            if work.tick() { try checkLimits() }
            frame.slots[0] = element
            // An Int body (`{ $0 + 1 }`) is boxed here rather than by a wrapper closure.
            let result: Value = unboxedInt ? .int(try function.intCode.run(frame)) : try function.code(frame)
            try body(element, result)
            // Locals of the previous call start again as `()`, as in a fresh frame.
            if size > 1, function.needsClearing { frame.clear(size: size) }
        }
        function.recycle(frame)
    }

    /// Throws a stack-overflow or timeout error (unlocated: the caller adds the position) when the
    /// depth or the deadline is exceeded.
    func checkLimits() throws {
        if work.depth > maxDepth { throw RuntimeFailure.stackOverflow }
        if interruptRequested.load(ordering: .relaxed) { throw RuntimeFailure(Runtime.interruptedMessage, isTimeout: true) }
        if ContinuousClock.now > deadline {
            throw RuntimeFailure("cell exceeded its time limit of \(timeLimit.description)", isTimeout: true)
        }
    }

    /// `checkLimits` with the error located at `position`.
    func checkLimits(_ position: SourcePosition) throws {
        do {
            try checkLimits()
        } catch {
            throw error.located(at: position)
        }
    }

    /// Runs `fn` with `receiver` moved into slot 0, so the body changes a uniquely referenced value in
    /// place, and the arguments `fill` stores after it; the receiver is moved back when the body
    /// returns or throws (Swift's copy-in/copy-out for `mutating` members, setters and `inout`).
    func callMutating(_ fn: Function, on receiver: inout Value, arguments fill: (Frame) -> Void) throws -> Value {
        let frame = fn.takeFrame()
        frame.slots[0] = receiver
        receiver = .void
        fill(frame)
        let result: Value
        do {
            defer {
                receiver = frame.slots[0]
                frame.slots[0] = .void
            }
            result = try enter { try fn.code(frame) }
        }
        fn.recycle(frame)
        return result
    }

    /// Runs an interpreted call body one level deeper, enforcing the depth limit and the deadline.
    @inline(__always)
    func enter(_ body: () throws -> Value) throws -> Value {
        let checkNow = work.enter(maxDepth: maxDepth)
        defer { work.leave() }
        if checkNow { try checkLimits() }
        return try body()
    }
}
