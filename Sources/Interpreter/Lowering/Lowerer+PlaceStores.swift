/// Assignments to places reached from a variable through stored properties and `Int`-indexed array
/// elements only (`p.x = 1`, `self.velocity.x -= d`, `bodies[i].velocity = v`, `grid[r][c] += 1`),
/// changed where they live.
///
/// The generic `store` evaluates a path of arbitrary steps into a temporary buffer of values and
/// walks it step by step; a place needs less: its field indices are known when lowering and its
/// element indices are plain Ints. As in Swift, the element indices are evaluated first, left to
/// right, then the value. Each struct and array on the way is reached where it lies
/// (`PayloadAccess`), so a uniquely referenced one changes in place (Swift's copy-on-write: a copy
/// made earlier with `var b = a` keeps its own storage); a class instance's field changes in the
/// shared instance. Observed properties (`willSet`/`didSet`) and computed ones are accessor steps, so they
/// keep the generic path, which runs them.
extension Lowerer {
    /// `target = value` when `target` is a place; nil otherwise.
    func placeAssignment(_ target: LValue, _ value: @escaping Code, _ position: SourcePosition) -> StmtCode? {
        guard let place = PlacePath(target) else { return nil }
        return placeStore(place, slotLocator(target.depth, target.slot), position) { f in .assign(try value(f)) }
    }

    /// `target op= rhs` on an Int or Double place, computed unboxed and trapping as Swift does; nil
    /// for other targets and operators.
    func placeCompoundAssignment(_ target: LValue, _ binary: String, _ rhs: Typed,
                                 _ position: SourcePosition) -> StmtCode? {
        guard let place = PlacePath(target), rhs.type == target.type else { return nil }
        let locate = slotLocator(target.depth, target.slot)
        if target.type == .double, let op = DoubleOpCode(binary) {
            let operand = rhs.doubleCode(position).run
            return placeStore(place, locate, position) { f in .double(op, try operand(f)) }
        }
        if target.type == .int, let op = IntOpCode(binary) {
            let operand = rhs.intCode(position).run
            return placeStore(place, locate, position) { f in .int(op, try operand(f)) }
        }
        return nil
    }

    /// Evaluates the place's element indices, then `change`, and applies the change to the place.
    /// Without indices to evaluate, or with one, no closure is formed at run time (each one retained
    /// what it captured, on every store).
    private func placeStore(_ place: PlacePath, _ locate: SlotLocator, _ position: SourcePosition,
                            _ change: @escaping (Frame) throws -> PlaceUpdate) -> StmtCode {
        if place.indices.count <= 1 {
            let index = place.indices.first
            return { f in
                var i = try index?.run(f) ?? 0
                let update = try change(f)
                do {
                    try place.update(locate(f), &i, update)
                } catch {
                    throw error.located(at: position)
                }
                return .normal
            }
        }
        return { f in
            try place.withIndices(f) { indices in
                let update = try change(f)
                do {
                    try place.update(locate(f), indices, update)
                } catch {
                    throw error.located(at: position)
                }
            }
            return .normal
        }
    }
}

/// A place's path: stored properties by index and array elements by the position of their index
/// among the path's evaluated indices. The steps live in a buffer of their own, so walking them
/// touches no reference counts.
final class PlacePath {
    enum Step {
        case field(Int)
        case element(Int)
    }

    let steps: UnsafeMutableBufferPointer<Step>
    /// The element indices' code, in path order.
    let indices: [IntCode]

    /// The place `target` names, or nil when a step of its path is anything else.
    init?(_ target: LValue) {
        guard !target.path.isEmpty else { return nil }
        var steps: [Step] = []
        var indices: [IntCode] = []
        for step in target.path {
            switch step {
            case .field(let index): steps.append(.field(index))
            case .element(let index):
                steps.append(.element(indices.count))
                indices.append(index)
            default: return nil
            }
        }
        self.steps = .allocate(capacity: steps.count)
        _ = self.steps.initialize(from: steps)
        self.indices = indices
    }

    deinit {
        steps.deallocate()
    }

    /// Evaluates the element indices in order, then runs `body` with them (on the stack).
    @inline(__always)
    func withIndices<R>(_ f: Frame, _ body: (UnsafePointer<Int>) throws -> R) throws -> R {
        guard !indices.isEmpty else {
            var none = 0
            return try body(&none)
        }
        return try withUnsafeTemporaryAllocation(of: Int.self, capacity: indices.count) { buffer in
            for k in indices.indices { buffer[k] = try indices[k].run(f) }
            return try body(UnsafePointer(buffer.baseAddress!))
        }
    }

    /// Applies `update` to the place inside the value at `holder`, given the evaluated indices.
    @inline(__always)
    func update(_ holder: UnsafeMutablePointer<Value>, _ indices: UnsafePointer<Int>, _ update: PlaceUpdate) throws {
        try updatePlace(holder, UnsafePointer(steps.baseAddress!), steps.count, indices, update)
    }

    /// Applies `body` to the place inside the value at `holder`, given the evaluated indices; an index outside its
    /// array is Swift's trap.
    @inline(__always)
    func modify(_ holder: UnsafeMutablePointer<Value>, _ indices: UnsafePointer<Int>, _ body: (inout Value) throws -> Void) throws {
        try withoutActuallyEscaping(body) { try update(holder, indices, .change($0)) }
    }
}

/// Applies `update` to the place reached from the value at `holder` along the `count` steps at `step`
/// (see `PlacePath`). No closure with references is formed on the way (each one retained what it
/// captured, on every store): every step works on pointers into the holders, in place.
func updatePlace(_ holder: UnsafeMutablePointer<Value>, _ step: UnsafePointer<PlacePath.Step>, _ count: Int,
                 _ indices: UnsafePointer<Int>, _ update: PlaceUpdate) throws {
    let done: Void?
    switch step.pointee {
    case .field(let index):
        done = try holder.withObjectPayload { o in
            guard index < o.fields.count else { throw RuntimeFailure.cannotAssign(through: .object(o)) }
            try o.fields.withUnsafeMutableBufferPointer { try updateStep($0.baseAddress! + index, step, count, indices, update) }
        } ?? holder.withStructPayload { s in
            guard index < s.fields.count else { throw RuntimeFailure.cannotAssign(through: .structure(s)) }
            try s.fields.withUnsafeMutableBufferPointer { try updateStep($0.baseAddress! + index, step, count, indices, update) }
        }
        if done == nil { throw RuntimeFailure.cannotAssign(through: holder.pointee) }
    case .element(let k):
        let i = indices[k]
        done = try holder.withArrayPayload { array in
            guard i >= 0 && i < array.count else { throw RuntimeFailure.indexOutOfRange }
            try array.withUnsafeMutableBufferPointer { try updateStep($0.baseAddress! + i, step, count, indices, update) }
        }
        if done == nil { throw RuntimeFailure.notAnArray(holder.pointee) }
    }
}

/// Applies `update` to the value at `next`, reached by `step`: the place itself when `step` was the
/// last one, else the holder of the rest of the path.
@inline(__always)
private func updateStep(_ next: UnsafeMutablePointer<Value>, _ step: UnsafePointer<PlacePath.Step>, _ count: Int,
                        _ indices: UnsafePointer<Int>, _ update: PlaceUpdate) throws {
    if count == 1 { return try update.apply(to: &next.pointee) }
    try updatePlace(next, step + 1, count - 1, indices, update)
}

/// The change an assignment makes to its place: a new value, `op= y` on an Int or a Double,
/// trapping as Swift does, or any other change (`Lowerer.store`'s).
enum PlaceUpdate {
    case assign(Value)
    case double(DoubleOpCode, Double)
    case int(IntOpCode, Int)
    case change((inout Value) throws -> Void)

    @inline(__always)
    func apply(to value: inout Value) throws {
        switch self {
        case .assign(let new): value = new
        case .change(let body): try body(&value)
        case .double(let op, let y): try ElementStore.update(&value, op, y)
        case .int(let op, let y): try ElementStore.update(&value, op, y)
        }
    }
}

extension RuntimeFailure {
    /// A store into a stored property of something that has none.
    static func cannotAssign(through value: Value) -> RuntimeFailure {
        RuntimeFailure("cannot assign through a value of type '\(value.typeName)'")
    }
}
