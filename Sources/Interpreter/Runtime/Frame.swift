/// The slots of one activation of an interpreted function (or of the session's top level).
///
/// Nested closures keep a reference to the frame they were created in, so captured variables are
/// shared by reference, as in Swift.
///
/// The slots are tail-allocated in the frame object itself (one allocation per call) and accessed
/// through a pointer: a plain load or store, without Array's uniqueness and bounds checks or the
/// dynamic exclusivity checks of a class's `var` property. Slot indices are assigned by the lowering
/// pass, which also fixes each frame's size, so every index used at run time is below `size`.
/// Element 0 holds the `return` value, so that reading it does not touch the header.
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
        withUnsafeMutablePointerToElements { $0 + 1 }
    }

    /// The frame of the enclosing scope.
    @inline(__always)
    var parent: Frame? { header.parent }

    /// The value of the `return` that ended this activation.
    var returnValue: Value {
        @inline(__always) get { withUnsafeMutablePointerToElements { $0.pointee } }
        @inline(__always) set { withUnsafeMutablePointerToElements { $0.pointee = newValue } }
    }

    /// Stores `value`, a number or a Bool, in `slot`. The old value is overwritten without Value's
    /// outlined destroy when it refers to nothing counted (as in a variable of a numeric type, which
    /// only ever holds numbers), and released as usual otherwise.
    @inline(__always)
    func setNumber(_ value: Value, at slot: Int) {
        let storage = slots + slot
        if UnsafePointer(storage).holdsNoReference {
            storage.initialize(to: value)
        } else {
            storage.pointee = value
        }
    }

    /// Sets the return value to a copy of `slot`'s value (see `UnsafeMutablePointer.assign(copyOf:)`).
    @inline(__always)
    func returnCopy(of slot: Int) {
        let source = UnsafePointer(slots + slot)
        withUnsafeMutablePointerToElements { $0.assign(copyOf: source) }
    }

    /// Moves the value out of `slot`, leaving `()` there (no reference count changes hands).
    @inline(__always)
    func take(_ slot: Int) -> Value {
        let storage = slots + slot
        let value = storage.move()
        storage.initialize(to: .void)
        return value
    }

    /// Resets the return value and the `size` slots to `()`, releasing what they held.
    @inline(__always)
    func clear(size: Int) {
        withUnsafeMutablePointerToElements { elements in
            for i in 0...size { elements[i] = .void }
        }
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
