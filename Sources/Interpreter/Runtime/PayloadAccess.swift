/// Access to the array, struct or instance inside a `Value` where it lies, touching no reference count.
///
/// Binding a payload with `if case` or `switch` copies it (a retain, and a release when the binding
/// ends), and changing a container in place meant moving it out and back (`Value.withArray`): two
/// atomic count changes per element or field access, most of the time of array- and struct-heavy
/// code. `Value`'s `Int` and `Double` payloads leave no spare bits, so Swift stores every case's
/// payload unchanged at offset 0 and the case in a tag byte after it; these helpers check the case,
/// then rebind the value's memory to the payload's type for the duration of `body`
/// (`withMemoryRebound`, which the optimiser treats as a boundary between the two types' accesses).
/// `PayloadAccessTests` checks that layout on every kind it reaches.
extension UnsafeMutablePointer where Pointee == Value {
    /// Replaces the value here with a copy of the one at `source`. When neither refers to anything
    /// counted (two numbers), the bits are copied, without Value's outlined copy and destroy.
    @inline(__always)
    func assign(copyOf source: UnsafePointer<Value>) {
        if source.holdsNoReference && UnsafePointer(self).holdsNoReference {
            UnsafeMutableRawPointer(self).copyMemory(from: source, byteCount: MemoryLayout<Value>.size)
        } else {
            pointee = source.pointee
        }
    }

    /// Runs `body` on the array stored here, in place; nil when this holds no array.
    @inline(__always)
    func withArrayPayload<R>(_ body: (inout [Value]) throws -> R) rethrows -> R? {
        guard case .array = pointee else { return nil }
        return try UnsafeMutableRawPointer(self).withMemoryRebound(to: [Value].self, capacity: 1) { try body(&$0.pointee) }
    }

    /// Runs `body` on the struct value stored here, in place; nil when this holds no struct value.
    @inline(__always)
    func withStructPayload<R>(_ body: (inout StructValue) throws -> R) rethrows -> R? {
        guard case .structure = pointee else { return nil }
        return try UnsafeMutableRawPointer(self).withMemoryRebound(to: StructValue.self, capacity: 1) { try body(&$0.pointee) }
    }

    /// Runs `body` on the class instance stored here, unretained (this value keeps it alive while
    /// `body` runs, and `body` must not replace it); nil when this holds no instance.
    @inline(__always)
    func withObjectPayload<R>(_ body: (ObjectInstance) throws -> R) rethrows -> R? {
        guard case .object = pointee else { return nil }
        let instance = UnsafeMutableRawPointer(self).withMemoryRebound(to: Unmanaged<ObjectInstance>.self, capacity: 1) {
            $0.pointee
        }
        return try instance._withUnsafeGuaranteedRef(body)
    }
}

extension UnsafePointer where Pointee == Value {
    /// Whether the value here refers to nothing counted (a number, a Bool, `()` or `nil`), so its
    /// bits may be copied or dropped without Value's outlined copy or destroy.
    @inline(__always)
    var holdsNoReference: Bool {
        switch pointee {
        case .int, .double, .float, .bool, .void, .none: true
        default: false
        }
    }

    /// The Int stored here, read in place (binding it with `case .int(let x)` copied the whole value
    /// first, through Value's outlined copy); nil when this holds another kind.
    @inline(__always)
    var intPayload: Int? {
        guard case .int = pointee else { return nil }
        return UnsafeRawPointer(self).load(as: Int.self)
    }

    /// The Double stored here, read in place; nil when this holds another kind.
    @inline(__always)
    var doublePayload: Double? {
        guard case .double = pointee else { return nil }
        return UnsafeRawPointer(self).load(as: Double.self)
    }

    /// The Bool stored here, read in place; nil when this holds another kind.
    @inline(__always)
    var boolPayload: Bool? {
        guard case .bool = pointee else { return nil }
        return UnsafeRawPointer(self).load(as: Bool.self)
    }

    /// The function stored here, unretained (this value keeps it alive while the caller uses it, and
    /// the caller must not replace it meanwhile); nil when this holds no function.
    @inline(__always)
    var unretainedFunction: Unmanaged<Function>? {
        guard case .function = pointee else { return nil }
        return UnsafeRawPointer(self).withMemoryRebound(to: Unmanaged<Function>.self, capacity: 1) { $0.pointee }
    }

    /// Runs `body` on the elements of the array stored here, borrowed where they lie; nil when this
    /// holds no array.
    @inline(__always)
    func withArrayElements<R>(_ body: (UnsafeBufferPointer<Value>) throws -> R) rethrows -> R? {
        // Through the in-place (`inout`) access, which reads nothing but the buffer's address: a
        // read of `pointee` copied the array, a retain and a release.
        try UnsafeMutablePointer(mutating: self).withArrayPayload { try $0.withUnsafeBufferPointer(body) }
    }

    /// Runs `body` on the stored properties of the struct value or class instance here, borrowed
    /// where they lie (no count touched); nil when this holds neither.
    @inline(__always)
    func withStoredProperties<R>(_ body: (UnsafeBufferPointer<Value>) throws -> R) rethrows -> R? {
        if case .structure = pointee {
            // In place, as in `withArrayElements`.
            return try UnsafeMutablePointer(mutating: self).withStructPayload { try $0.fields.withUnsafeBufferPointer(body) }
        }
        guard case .object = pointee else { return nil }
        let instance = UnsafeRawPointer(self).withMemoryRebound(to: Unmanaged<ObjectInstance>.self, capacity: 1) { $0.pointee }
        return try instance._withUnsafeGuaranteedRef { try $0.withFieldsInPlace(body) }
    }
}
