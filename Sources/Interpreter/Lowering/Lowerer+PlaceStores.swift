/// Assignments to places reached from a variable through stored properties and `Int`-indexed array
/// elements only (`p.x = 1`, `self.velocity.x -= d`, `bodies[i].velocity = v`, `grid[r][c] += 1`),
/// changed where they live.
///
/// The generic `store` evaluates a path of arbitrary steps into a temporary buffer of values and
/// walks it step by step; a place needs less: its field indices are known when lowering and its
/// element indices are plain Ints. As in Swift, the element indices are evaluated first, left to
/// right, then the value. Each struct and array on the way is moved out of its holder while it
/// changes, so it stays uniquely referenced and changes in place (Swift's copy-on-write: a copy made
/// earlier with `var b = a` keeps its own storage); a class instance's field changes in the shared
/// instance. Observed properties (`willSet`/`didSet`) and computed ones are accessor steps, so they
/// keep the generic path, which runs them.
extension Lowerer {
    /// `target = value` when `target` is a place; nil otherwise.
    func placeAssignment(_ target: LValue, _ value: @escaping Code, _ position: SourcePosition) -> StmtCode? {
        guard let place = PlacePath(target) else { return nil }
        let locate = slotLocator(target.depth, target.slot)
        if place.indices.isEmpty, place.steps.count == 1, case .field(let index) = place.steps[0] {
            return { f in
                let new = try value(f)
                try at(position) { try modifyField(&locate(f).pointee, index) { $0 = new } }
                return .normal
            }
        }
        return { f in
            try place.withIndices(f) { indices in
                let new = try value(f)
                try at(position) { try place.modify(&locate(f).pointee, indices) { $0 = new } }
            }
            return .normal
        }
    }

    /// `target op= rhs` on an Int or Double place, computed unboxed and trapping as Swift does; nil
    /// for other targets and operators.
    func placeCompoundAssignment(_ target: LValue, _ binary: String, _ rhs: Typed,
                                 _ position: SourcePosition) -> StmtCode? {
        guard let place = PlacePath(target), rhs.type == target.type else { return nil }
        let locate = slotLocator(target.depth, target.slot)
        if target.type == .double, let op = DoubleOpCode(binary) {
            let operand = rhs.doubleCode(position).run
            return { f in
                try place.withIndices(f) { indices in
                    let y = try operand(f)
                    try at(position) {
                        try place.modify(&locate(f).pointee, indices) { field in
                            guard case .double(let x) = field else { throw RuntimeFailure.expectedDouble(field) }
                            field = .double(op.apply(x, y))
                        }
                    }
                }
                return .normal
            }
        }
        if target.type == .int, let op = IntOpCode(binary) {
            let operand = rhs.intCode(position).run
            return { f in
                try place.withIndices(f) { indices in
                    let y = try operand(f)
                    try at(position) {
                        try place.modify(&locate(f).pointee, indices) { field in
                            guard case .int(let x) = field else { throw RuntimeFailure.expectedInt(field) }
                            guard let v = op.apply(x, y) else { throw op.failure(x, y) }
                            field = .int(v)
                        }
                    }
                }
                return .normal
            }
        }
        return nil
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

    /// Applies `body` to the place inside `value`, given the evaluated indices; an index outside its
    /// array is Swift's trap.
    @inline(__always)
    func modify(_ value: inout Value, _ indices: UnsafePointer<Int>, _ body: (inout Value) throws -> Void) throws {
        try modifyPlace(&value, UnsafePointer(steps.baseAddress!), steps.count, indices, body)
    }
}

/// Applies `body` to the storage reached from `value` along the `count` steps at `step` (see
/// `PlacePath`).
func modifyPlace(_ value: inout Value, _ step: UnsafePointer<PlacePath.Step>, _ count: Int, _ indices: UnsafePointer<Int>,
                 _ body: (inout Value) throws -> Void) throws {
    switch step.pointee {
    case .field(let index):
        if count == 1 { return try modifyField(&value, index, body) }
        try modifyField(&value, index) { try modifyPlace(&$0, step + 1, count - 1, indices, body) }
    case .element(let k):
        let i = indices[k]
        try value.withArray { array in
            guard i >= 0 && i < array.count else { throw RuntimeFailure.indexOutOfRange }
            if count == 1 { return try body(&array[i]) }
            try modifyPlace(&array[i], step + 1, count - 1, indices, body)
        }
    }
}

/// Applies `body` to stored property `index` of the struct value or class instance `value`, in place.
///
/// Written with `if case` and `guard case`, not `switch`: a `switch` keeps its own copy of the
/// subject for the whole case body, so the fields would be shared while they change, and every
/// store would copy them.
@inline(__always)
func modifyField(_ value: inout Value, _ index: Int, _ body: (inout Value) throws -> Void) throws {
    if case .object(let o) = value, index < o.fields.count {
        return try body(&o.fields[index])
    }
    guard case .structure(var s) = value, index < s.fields.count else {
        throw RuntimeFailure("cannot assign through a value of type '\(value.typeName)'")
    }
    // Moved out, so the fields stay uniquely referenced and change in place.
    value = .void
    defer { value = .structure(s) }
    try body(&s.fields[index])
}
