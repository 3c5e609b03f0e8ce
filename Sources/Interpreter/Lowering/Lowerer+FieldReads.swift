/// Where a value lives: a variable's slot and the stored properties and array elements followed
/// from it (`p.v` is `p`'s slot and the index of `v`; `bodies[i].position` is `bodies`' slot, element
/// `i`, and the index of `position`).
///
/// A read whose base has a place borrows the base where it lives instead of copying it: reading
/// `p.x` or `xs[i].x` then retains and releases neither `p`'s fields, nor `xs`, nor anything on the way.
struct FieldPlace {
    /// Finds the variable's storage.
    let root: SlotLocator
    /// The steps followed from the variable.
    var steps: [PlaceStep]
}

/// One step from a value to a value inside it.
enum PlaceStep {
    /// A stored property, by its index in its type's `storedProperties`.
    case field(Int)
    /// An array element, by an index that reading runs no code for (a variable or a constant), so
    /// nothing can change the array while the read borrows it; the position reports a bad index.
    case element(IntOperand, SourcePosition)
}

extension Lowerer {
    /// Stored property `index` (of static type `type`) of `base`, read in place when `base` has a
    /// place; nil when it has none (the caller reads the value `base.code` yields).
    func placedFieldRead(_ base: Typed, _ index: Int, _ type: StaticType) -> Typed? {
        guard var place = base.place else { return nil }
        let locate = place.root
        let path = place.steps
        var typed: Typed
        if path.isEmpty {
            typed = Typed(type) { f in try fieldInPlace(locate(f), index) }
            switch type {
            case .int: typed.int = IntCode { f in try intFieldInPlace(locate(f), index) }
            case .double: typed.double = DoubleCode { f in try doubleFieldInPlace(locate(f), index) }
            default: break
            }
        } else {
            typed = Typed(type) { f in try withPlace(locate(f), path, f) { try fieldInPlace($0, index) } }
            switch type {
            case .int:
                typed.int = IntCode { f in try withPlace(locate(f), path, f) { try intFieldInPlace($0, index) } }
            case .double:
                typed.double = DoubleCode { f in try withPlace(locate(f), path, f) { try doubleFieldInPlace($0, index) } }
            default: break
            }
        }
        place.steps.append(.field(index))
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

/// Calls `body` with the storage reached from `holder` along `path` (indices read in frame `f`), for
/// reading only (the storage is borrowed from the values holding it, which stay where they are).
@inline(__always)
func withPlace<R>(_ holder: UnsafePointer<Value>, _ path: [PlaceStep], _ f: Frame,
                  _ body: (UnsafePointer<Value>) throws -> R) throws -> R {
    // Walked through a buffer pointer: slicing the array retained and released it at every step.
    try path.withUnsafeBufferPointer { steps in try walkPlace(holder, steps[...], f, body) }
}

private func walkPlace<R>(_ holder: UnsafePointer<Value>, _ path: Slice<UnsafeBufferPointer<PlaceStep>>, _ f: Frame,
                          _ body: (UnsafePointer<Value>) throws -> R) throws -> R {
    guard let step = path.first else { return try body(holder) }
    let rest = path.dropFirst()
    switch step {
    case .field(let index):
        let result = try holder.withStoredProperties { fields -> R? in
            guard index < fields.count else { return nil }
            return try walkPlace(fields.baseAddress! + index, rest, f, body)
        }
        guard let result = result ?? nil else { throw RuntimeFailure.expectedStruct }
        return result
    case .element(let operand, let position):
        let i = try operand.value(f)
        let result = try holder.withArrayElements { items -> R in
            guard i >= 0 && i < items.count else { throw RuntimeFailure.indexOutOfRange.located(at: position) }
            return try walkPlace(items.baseAddress! + i, rest, f, body)
        }
        guard let result else { throw RuntimeFailure.notAnArray(holder.pointee) }
        return result
    }
}

extension Lowerer {
    /// Element `index` of `base`, an array with a place, read in place (only the element is copied);
    /// the result has a place too, so a property read from it (`xs[i].x`) borrows the element. Nil
    /// when `base` has no place or reading the index runs code (then the caller copies).
    func placedElementRead(_ base: Typed, _ index: Typed, _ element: StaticType, _ position: SourcePosition) -> Typed? {
        guard index.type == .int, let place = elementPlace(base.place, IntOperand(index, position), position) else { return nil }
        let locate = place.root, path = place.steps
        var typed = Typed(element) { f in try withPlace(locate(f), path, f) { $0.pointee } }
        switch element {
        case .int:
            typed.int = IntCode { f in
                try withPlace(locate(f), path, f) { element in
                    guard let x = element.intPayload else { throw RuntimeFailure.expectedInt(element.pointee) }
                    return x
                }
            }
        case .double:
            typed.double = DoubleCode { f in
                try withPlace(locate(f), path, f) { element in
                    guard let x = element.doublePayload else { throw RuntimeFailure.expectedDouble(element.pointee) }
                    return x
                }
            }
        default: break
        }
        typed.place = place
        return typed
    }

    /// The place of element `i` of an array with place `base`, when reading `i` runs no code (see
    /// `PlaceStep.element`), so that a property read from the element borrows it (`xs[i].x`).
    func elementPlace(_ base: FieldPlace?, _ i: IntOperand, _ position: SourcePosition) -> FieldPlace? {
        guard var place = base else { return nil }
        if case .code = i { return nil }
        place.steps.append(.element(i, position))
        return place
    }

    /// `xs.count` or `xs.isEmpty` of an array with a place, read where the array lies (reading the
    /// variable copied the array, a retain and a release); nil when `base` has no place.
    func placedArrayCount(_ base: Typed, isEmpty: Bool, _ position: SourcePosition) -> Typed? {
        guard let place = base.place else { return nil }
        let locate = place.root, path = place.steps
        let count: (Frame) throws -> Int = { f in
            try at(position) {
                try withPlace(locate(f), path, f) { array in
                    guard let count = array.withArrayElements({ $0.count }) else { throw RuntimeFailure.notAnArray(array.pointee) }
                    return count
                }
            }
        }
        guard isEmpty else { return .int(count) }
        var typed = Typed(.bool) { f in .bool(try count(f) == 0) }
        typed.test = TestBox { f in try count(f) == 0 }
        return typed
    }
}
