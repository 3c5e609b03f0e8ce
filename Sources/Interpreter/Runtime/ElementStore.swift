/// Element access on an array variable, working through the variable's storage.
///
/// Reading `xs[i]` through the generic expression code copies the array `Value` out of its slot
/// (a retain and a release per element) and boxes the index; writing `xs[i] = v` builds a path of
/// evaluated steps and walks it generically. These helpers take the slot's pointer instead: a read
/// inspects the array where it lies, and a write moves the array out of the slot (see
/// `Value.withArray`), so it stays uniquely referenced and copy-on-write changes it in place. The
/// bounds checks raise Swift's trap message; the caller locates it.
enum ElementStore {
    /// The element `i` of the array stored at `storage`.
    /// - Throws: `Index out of range`, or a failure when the storage holds no array.
    @inline(__always)
    static func element(_ storage: UnsafeMutablePointer<Value>, _ i: Int) throws -> Value {
        let element = try storage.withArrayPayload { items -> Value in
            guard i >= 0 && i < items.count else { throw RuntimeFailure.indexOutOfRange }
            return items[i]
        }
        guard let element else { throw RuntimeFailure.notAnArray(storage.pointee) }
        return element
    }

    /// The element `j` of row `i` of the array of arrays stored at `storage` (`table[i][j]`).
    /// - Throws: `Index out of range` for either index (row first, as Swift checks them).
    @inline(__always)
    static func element(_ storage: UnsafeMutablePointer<Value>, _ i: Int, _ j: Int) throws -> Value {
        let element = try storage.withArrayPayload { rows -> Value in
            guard i >= 0 && i < rows.count else { throw RuntimeFailure.indexOutOfRange }
            return try rows.withUnsafeBufferPointer { try ElementStore.element(UnsafeMutablePointer(mutating: $0.baseAddress! + i), j) }
        }
        guard let element else { throw RuntimeFailure.notAnArray(storage.pointee) }
        return element
    }

    /// Element `i` of the array stored at `storage`, read where it lies by `payload` (one of
    /// `intPayload`, `doublePayload`, `boolPayload`); nil when the element is of another kind.
    /// - Throws: `Index out of range`, or a failure when the storage holds no array.
    @inline(__always)
    static func scalar<T>(_ storage: UnsafeMutablePointer<Value>, _ i: Int,
                          _ payload: (UnsafePointer<Value>) -> T?) throws -> T? {
        let found = try storage.withArrayPayload { items -> T? in
            guard i >= 0 && i < items.count else { throw RuntimeFailure.indexOutOfRange }
            return items.withUnsafeBufferPointer { payload($0.baseAddress! + i) }
        }
        guard let found else { throw RuntimeFailure.notAnArray(storage.pointee) }
        return found
    }

    /// Element `j` of row `i` of the array of arrays stored at `storage`, read where it lies.
    /// - Throws: `Index out of range` for either index (row first, as Swift checks them).
    @inline(__always)
    static func scalar<T>(_ storage: UnsafeMutablePointer<Value>, _ i: Int, _ j: Int,
                          _ payload: (UnsafePointer<Value>) -> T?) throws -> T? {
        let found = try storage.withArrayPayload { rows -> T? in
            guard i >= 0 && i < rows.count else { throw RuntimeFailure.indexOutOfRange }
            return try rows.withUnsafeBufferPointer {
                try ElementStore.scalar(UnsafeMutablePointer(mutating: $0.baseAddress! + i), j, payload)
            }
        }
        guard let found else { throw RuntimeFailure.notAnArray(storage.pointee) }
        return found
    }

    /// Changes element `i` of the array stored at `storage` in place with `body`.
    /// - Throws: `Index out of range`, or what `body` throws.
    @inline(__always)
    static func modify(_ storage: UnsafeMutablePointer<Value>, _ i: Int, _ body: (inout Value) throws -> Void) throws {
        let done: Void? = try storage.withArrayPayload { items in
            guard i >= 0 && i < items.count else { throw RuntimeFailure.indexOutOfRange }
            try body(&items[i])
        }
        if done == nil { throw RuntimeFailure.notAnArray(storage.pointee) }
    }

    /// Changes element `j` of row `i` of the array of arrays stored at `storage` in place.
    /// - Throws: `Index out of range` for either index, or what `body` throws.
    @inline(__always)
    static func modify(_ storage: UnsafeMutablePointer<Value>, _ i: Int, _ j: Int,
                       _ body: (inout Value) throws -> Void) throws {
        let done: Void? = try storage.withArrayPayload { rows in
            guard i >= 0 && i < rows.count else { throw RuntimeFailure.indexOutOfRange }
            try rows.withUnsafeMutableBufferPointer { try ElementStore.modify($0.baseAddress! + i, j, body) }
        }
        if done == nil { throw RuntimeFailure.notAnArray(storage.pointee) }
    }
}

extension ElementStore {
    /// `element op= y` on an Int element, trapping on overflow as Swift does.
    @inline(__always)
    static func update(_ element: inout Value, _ op: IntOpCode, _ y: Int) throws {
        guard case .int(let x) = element else { throw RuntimeFailure.expectedInt(element) }
        guard let result = op.apply(x, y) else { throw op.failure(x, y) }
        element = .int(result)
    }

    /// `element op= y` on a Double element.
    @inline(__always)
    static func update(_ element: inout Value, _ op: DoubleOpCode, _ y: Double) throws {
        guard case .double(let x) = element else { throw RuntimeFailure.expectedDouble(element) }
        element = .double(op.apply(x, y))
    }

    /// `element op= y` for any other operands: appends in place for `+` on arrays and strings,
    /// otherwise Swift's arithmetic with its trap messages.
    static func update(_ element: inout Value, _ op: String, _ y: Value, _ rt: Runtime) throws {
        if op == "+", try element.appendInPlace(y) { return }
        element = try Arithmetic.apply(op, element, y, rt)
    }
}

extension RuntimeFailure {
    /// A value of another kind where the static type said array (a lowering bug, reported rather than trapped).
    static func notAnArray(_ value: Value) -> RuntimeFailure {
        RuntimeFailure("value of type '\(value.typeName)' is not an array")
    }
}
