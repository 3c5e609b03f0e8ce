/// Assignments to stored properties reached from a variable through stored properties only
/// (`p.x = 1`, `self.velocity.x -= d`, `counter.total += v`), changed where they live.
///
/// The generic `store` evaluates a path of arbitrary steps into a temporary buffer and walks it
/// step by step; a chain of fields needs neither: its indices are known when lowering. Each
/// struct on the way is moved out of its holder while its field changes, so its fields stay
/// uniquely referenced and change in place (Swift's copy-on-write: a copy made earlier with
/// `var b = a` keeps its own fields); a class instance's field changes in the shared instance.
/// Observed properties (`willSet`/`didSet`) and computed ones are accessor steps, so they keep the
/// generic path, which runs them.
extension Lowerer {
    /// `target = value` when `target` is a chain of stored properties on a variable; nil otherwise.
    func fieldAssignment(_ target: LValue, _ value: @escaping Code, _ position: SourcePosition) -> StmtCode? {
        guard let path = fieldPath(target) else { return nil }
        let locate = slotLocator(target.depth, target.slot).run
        if path.count == 1, let index = path.first {
            return { f in
                let new = try value(f)
                try at(position) { try modifyField(&locate(f).pointee, index) { $0 = new } }
                return .normal
            }
        }
        return { f in
            let new = try value(f)
            try at(position) { try modifyFields(&locate(f).pointee, path[...]) { $0 = new } }
            return .normal
        }
    }

    /// `target op= rhs` on an Int or Double stored property reached through stored properties,
    /// computed unboxed and trapping as Swift does; nil for other targets and operators.
    func fieldCompoundAssignment(_ target: LValue, _ binary: String, _ rhs: Typed,
                                 _ position: SourcePosition) -> StmtCode? {
        guard let path = fieldPath(target), rhs.type == target.type else { return nil }
        let locate = slotLocator(target.depth, target.slot).run
        if target.type == .double, let op = DoubleOpCode(binary) {
            let operand = rhs.doubleCode(position).run
            return { f in
                let y = try operand(f)
                try at(position) {
                    try modifyFields(&locate(f).pointee, path[...]) { field in
                        guard case .double(let x) = field else { throw RuntimeFailure.expectedDouble(field) }
                        field = .double(op.apply(x, y))
                    }
                }
                return .normal
            }
        }
        if target.type == .int, let op = IntOpCode(binary) {
            let operand = rhs.intCode(position).run
            return { f in
                let y = try operand(f)
                try at(position) {
                    try modifyFields(&locate(f).pointee, path[...]) { field in
                        guard case .int(let x) = field else { throw RuntimeFailure.expectedInt(field) }
                        guard let v = op.apply(x, y) else { throw op.failure(x, y) }
                        field = .int(v)
                    }
                }
                return .normal
            }
        }
        return nil
    }

    /// The field indices of `target`'s path when every step is a plain stored property.
    func fieldPath(_ target: LValue) -> [Int]? {
        guard !target.path.isEmpty else { return nil }
        var indices: [Int] = []
        for step in target.path {
            guard case .field(let index) = step else { return nil }
            indices.append(index)
        }
        return indices
    }
}

/// Applies `body` to the storage reached from `value` along the stored properties `path`.
func modifyFields(_ value: inout Value, _ path: ArraySlice<Int>, _ body: (inout Value) throws -> Void) throws {
    guard let index = path.first else { return try body(&value) }
    if path.count == 1 { return try modifyField(&value, index, body) }
    let rest = path.dropFirst()
    try modifyField(&value, index) { try modifyFields(&$0, rest, body) }
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
