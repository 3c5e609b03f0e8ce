/// Where a value lives: a variable's slot and the stored properties followed from it (`p.v` is
/// `p`'s slot and the index of `v`).
///
/// A stored-property read whose base has a place borrows the base where it lives instead of
/// copying it: reading `p.x` then retains and releases neither `p`'s fields nor anything on the way.
struct FieldPlace {
    /// Finds the variable's storage.
    let root: SlotLocator
    /// The stored properties followed, each by its index in its type's `storedProperties`.
    var fields: [Int]
}

extension Lowerer {
    /// Stored property `index` (of static type `type`) of `base`, read in place when `base` has a
    /// place; nil when it has none (the caller reads the value `base.code` yields).
    func placedFieldRead(_ base: Typed, _ index: Int, _ type: StaticType) -> Typed? {
        guard var place = base.place else { return nil }
        let locate = place.root
        let path = place.fields
        var typed: Typed
        if path.isEmpty {
            typed = Typed(type) { f in try fieldInPlace(locate(f), index) }
            switch type {
            case .int: typed.int = IntCode { f in try intFieldInPlace(locate(f), index) }
            case .double: typed.double = DoubleCode { f in try doubleFieldInPlace(locate(f), index) }
            default: break
            }
        } else {
            typed = Typed(type) { f in try withFieldInPlace(locate(f), path[...]) { try fieldInPlace($0, index) } }
            switch type {
            case .int:
                typed.int = IntCode { f in try withFieldInPlace(locate(f), path[...]) { try intFieldInPlace($0, index) } }
            case .double:
                typed.double = DoubleCode { f in try withFieldInPlace(locate(f), path[...]) { try doubleFieldInPlace($0, index) } }
            default: break
            }
        }
        place.fields.append(index)
        typed.place = place
        return typed
    }
}

/// Stored property `index` of the struct value or class instance at `holder`, borrowed where it lives.
@inline(__always)
func fieldInPlace(_ holder: UnsafePointer<Value>, _ index: Int) throws -> Value {
    guard let field = holder.withStoredProperties({ index < $0.count ? $0[index] : nil }) ?? nil else {
        throw RuntimeFailure.expectedStruct
    }
    return field
}

/// `fieldInPlace` for a property whose static type is `Int`, unboxed.
@inline(__always)
func intFieldInPlace(_ holder: UnsafePointer<Value>, _ index: Int) throws -> Int {
    let field = holder.withStoredProperties { fields -> Int? in
        guard index < fields.count, case .int(let x) = fields[index] else { return nil }
        return x
    }
    guard let field = field ?? nil else { throw RuntimeFailure.expectedStruct }
    return field
}

/// `fieldInPlace` for a property whose static type is `Double`, unboxed.
@inline(__always)
func doubleFieldInPlace(_ holder: UnsafePointer<Value>, _ index: Int) throws -> Double {
    let field = holder.withStoredProperties { fields -> Double? in
        guard index < fields.count, case .double(let x) = fields[index] else { return nil }
        return x
    }
    guard let field = field ?? nil else { throw RuntimeFailure.expectedStruct }
    return field
}

/// Calls `body` with the storage reached from `holder` along the stored properties `path`, for
/// reading only (the storage is borrowed from the values holding it, which stay where they are).
func withFieldInPlace<R>(_ holder: UnsafePointer<Value>, _ path: ArraySlice<Int>,
                         _ body: (UnsafePointer<Value>) throws -> R) throws -> R {
    guard let index = path.first else { return try body(holder) }
    let rest = path.dropFirst()
    let result = try holder.withStoredProperties { fields -> R? in
        guard index < fields.count else { return nil }
        return try withFieldInPlace(fields.baseAddress! + index, rest, body)
    }
    guard let result = result ?? nil else { throw RuntimeFailure.expectedStruct }
    return result
}
