import SwiftSyntax

/// An element read `xs[i]` of an array variable, kept as its parts so that an enclosing subscript
/// (`xs[i][j]`) reaches the element through the variable's storage too.
struct ElementPath {
    let locate: SlotLocator
    let index: IntOperand
}

extension Lowerer {
    /// The storage and static type of the variable `e` names, when it is a plain variable of any
    /// frame (not a member of an implicit `self`, not possibly uninitialised; `var` when `mutable`).
    func variableStorage(_ e: ExprSyntax, mutable: Bool) -> (locate: SlotLocator, type: StaticType)? {
        guard let ref = e.as(DeclReferenceExprSyntax.self), ref.argumentNames == nil else { return nil }
        let name = ref.baseName.text
        guard scope.lookupMember(name) == nil, let (depth, binding) = scope.lookup(name),
            !binding.mayBeUninitialized, binding.mutable || !mutable else { return nil }
        return (slotLocator(depth, binding.slot), binding.type)
    }

    /// `xs[i]` or `xs[i][j]` on an array variable with an Int index, read through the variable's
    /// storage (no copy of the array); Int, Double and Bool elements come out unboxed. Nil when the
    /// subscript is not of that shape (the caller's generic read handles it).
    func elementRead(_ s: SubscriptCallExprSyntax, base: Typed, index: Typed, element: StaticType) -> Typed? {
        guard index.type == .int else { return nil }
        let position = pos(s)
        let i = IntOperand(index, position)
        if let (storage, _) = variableStorage(s.calledExpression, mutable: false) {
            var typed = elementTyped(element, ElementAccess(locate: storage, row: nil, index: i, position: position))
            typed.elementPath = ElementPath(locate: storage, index: i)
            typed.place = elementPlace(base.place, i, position)
            return typed
        }
        guard let row = base.elementPath else { return nil }
        var typed = elementTyped(element, ElementAccess(locate: row.locate, row: row.index, index: i, position: position))
        typed.place = elementPlace(base.place, i, position)
        return typed
    }

    /// An element read with its unboxed forms: Int and Double elements as plain numbers, Bool
    /// elements as a condition (`if isPrime[k]`), each read where it lies. The boxed form copies the
    /// element, so a consumer of the `Value` (`xs[i] = xs[j]`) does not unbox and rebox it.
    private func elementTyped(_ element: StaticType, _ access: ElementAccess) -> Typed {
        let read: Code = { f in try access.value(f) }
        switch element {
        case .int:
            var typed = Typed.int { f in
                if let x = try access.scalar(f, { $0.intPayload }) { return x }
                throw RuntimeFailure.expectedInt(try access.value(f))
            }
            typed.code = read
            return typed
        case .double:
            var typed = Typed.double { f in
                if let x = try access.scalar(f, { $0.doublePayload }) { return x }
                throw RuntimeFailure.expectedDouble(try access.value(f))
            }
            typed.code = read
            return typed
        case .bool:
            let test: (Frame) throws -> Bool = { f in
                if let b = try access.scalar(f, { $0.boolPayload }) { return b }
                throw RuntimeFailure("expected a Bool, got '\(try access.value(f).typeName)'")
            }
            var typed = Typed(.bool, read)
            typed.test = TestBox(run: test)
            return typed
        default:
            return Typed(element, read)
        }
    }
}

/// An element read `xs[i]` or `xs[i][j]` through the array variable's storage.
private struct ElementAccess {
    let locate: SlotLocator
    /// The row of `xs[i][j]` (nil for `xs[i]`).
    let row: IntOperand?
    let index: IntOperand
    let position: SourcePosition

    /// The element, copied out.
    @inline(__always)
    func value(_ f: Frame) throws -> Value {
        if let row {
            let m = try row.value(f), n = try index.value(f)
            return try at(position) { try ElementStore.element(locate(f), m, n) }
        }
        let n = try index.value(f)
        return try at(position) { try ElementStore.element(locate(f), n) }
    }

    /// The element read where it lies by `payload` (see `ElementStore.scalar`); nil when it is of
    /// another kind.
    @inline(__always)
    func scalar<T>(_ f: Frame, _ payload: (UnsafePointer<Value>) -> T?) throws -> T? {
        if let row {
            let m = try row.value(f), n = try index.value(f)
            return try at(position) { try ElementStore.scalar(locate(f), m, n, payload) }
        }
        let n = try index.value(f)
        return try at(position) { try ElementStore.scalar(locate(f), n, payload) }
    }
}
