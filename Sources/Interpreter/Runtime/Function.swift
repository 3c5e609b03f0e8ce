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
/// The slots live in manually managed memory behind a `let` pointer: every variable access is then a
/// plain load or store, without Array's uniqueness and bounds checks or the dynamic exclusivity
/// checks of a class's `var` property. Slot indices are assigned by the lowering pass, which also
/// fixes each frame's size, so every index used at run time is below `size`.
final class Frame {
    let slots: UnsafeMutablePointer<Value>
    let size: Int
    let parent: Frame?

    init(size: Int, parent: Frame?) {
        self.size = size
        // One extra slot past the variables holds the value of a `return`.
        slots = UnsafeMutablePointer<Value>.allocate(capacity: size + 1)
        slots.initialize(repeating: .void, count: size + 1)
        self.parent = parent
    }

    deinit {
        slots.deinitialize(count: size + 1)
        slots.deallocate()
    }

    /// The value of the `return` that ended this activation.
    var returnValue: Value {
        get { slots[size] }
        set { slots[size] = newValue }
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
