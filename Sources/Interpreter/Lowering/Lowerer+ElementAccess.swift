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
            let locate = storage
            var typed = elementTyped(element) { f in
                let n = try i.value(f)
                return try at(position) { try ElementStore.element(locate(f), n) }
            }
            typed.elementPath = ElementPath(locate: storage, index: i)
            return typed
        }
        guard let row = base.elementPath else { return nil }
        let locate = row.locate, r = row.index
        return elementTyped(element) { f in
            let m = try r.value(f), n = try i.value(f)
            return try at(position) { try ElementStore.element(locate(f), m, n) }
        }
    }

    /// An element read with its unboxed forms: Int and Double elements as plain numbers, Bool
    /// elements as a condition (`if isPrime[k]`). The boxed form is the read itself, so a consumer
    /// of the `Value` (`xs[i] = xs[j]`) does not unbox and rebox the element.
    private func elementTyped(_ element: StaticType, _ read: @escaping (Frame) throws -> Value) -> Typed {
        switch element {
        case .int:
            var typed = Typed.int { f in
                let v = try read(f)
                guard case .int(let x) = v else { throw RuntimeFailure.expectedInt(v) }
                return x
            }
            typed.code = read
            return typed
        case .double:
            var typed = Typed.double { f in
                let v = try read(f)
                guard case .double(let x) = v else { throw RuntimeFailure.expectedDouble(v) }
                return x
            }
            typed.code = read
            return typed
        case .bool:
            let test: (Frame) throws -> Bool = { f in
                let v = try read(f)
                guard case .bool(let b) = v else { throw RuntimeFailure("expected a Bool, got '\(v.typeName)'") }
                return b
            }
            var typed = Typed(.bool, read)
            typed.test = TestBox(run: test)
            return typed
        default:
            return Typed(element, read)
        }
    }
}
