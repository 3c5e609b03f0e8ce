/// A function value: an interpreted `func` or closure, or a built-in.
public final class Function {
    /// The kinds of callable bodies.
    enum Body {
        /// Interpreted: a fresh frame of `frameSize` slots whose first slots receive the arguments.
        case interpreted(frameSize: Int, code: (Frame) throws -> Value, captured: Frame?)
        /// Built in: receives the evaluated positional arguments.
        case builtin(([Value]) throws -> Value)
    }

    /// A built-in body kept in a struct (see `StmtBox` for why closures are boxed).
    struct BuiltinBody {
        let run: ([Value]) throws -> Value
    }

    /// The name used in messages (`fib`, `closure`, `+`).
    let name: String
    /// The number of parameters (nil for variadic built-ins).
    let parameterCount: Int?
    // The body's parts as plain stored constants, so a call reads them without copying an enum payload.
    let isInterpreted: Bool
    let frameSize: Int
    let code: Code
    let captured: Frame?
    let builtin: BuiltinBody?

    init(name: String, parameterCount: Int?, body: Body) {
        self.name = name
        self.parameterCount = parameterCount
        switch body {
        case .interpreted(let frameSize, let code, let captured):
            isInterpreted = true
            self.frameSize = frameSize
            self.code = code
            self.captured = captured
            builtin = nil
        case .builtin(let run):
            isInterpreted = false
            frameSize = 0
            code = { _ in .void }
            captured = nil
            builtin = BuiltinBody(run: run)
        }
    }
}

/// The slots of one activation of an interpreted function (or of the session's top level).
///
/// Nested closures keep a reference to the frame they were created in, so captured variables are
/// shared by reference, as in Swift.
///
/// The slots are tail-allocated in the frame object itself (one allocation per call) and accessed
/// through a pointer: a plain load or store, without Array's uniqueness and bounds checks or the
/// dynamic exclusivity checks of a class's `var` property. Slot indices are assigned by the lowering
/// pass, which also fixes each frame's size, so every index used at run time is below `size`.
final class Frame: ManagedBuffer<FrameHeader, Value> {
    /// Creates a frame of `size` slots (plus one for a `return` value), all `()`.
    static func make(size: Int, parent: Frame?) -> Frame {
        let buffer = Frame.create(minimumCapacity: size + 1) { _ in FrameHeader(size: size, parent: parent) }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: .void, count: size + 1) }
        return frame
    }

    deinit {
        _ = withUnsafeMutablePointers { header, elements in
            elements.deinitialize(count: header.pointee.size + 1)
        }
    }

    /// The variable slots (valid while the frame is alive).
    @inline(__always)
    var slots: UnsafeMutablePointer<Value> {
        withUnsafeMutablePointerToElements { $0 }
    }

    /// The frame of the enclosing scope.
    @inline(__always)
    var parent: Frame? { header.parent }

    /// The value of the `return` that ended this activation.
    var returnValue: Value {
        get { slots[header.size] }
        set { slots[header.size] = newValue }
    }

    /// The frame `depth` levels out (0 is this frame).
    @inline(__always)
    func ancestor(_ depth: Int) -> Frame {
        var frame = self
        for _ in 0..<depth {
            guard let p = frame.parent else { break }
            frame = p
        }
        return frame
    }
}

/// The fixed part of a frame: its slot count and its enclosing frame.
struct FrameHeader {
    let size: Int
    let parent: Frame?
}
