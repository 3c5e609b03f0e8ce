/// Compiled expression: evaluates in a frame and yields a value.
typealias Code = (Frame) throws -> Value
/// Compiled statement: runs in a frame and says how control leaves it.
typealias StmtCode = (Frame) throws -> Flow

/// A compiled statement kept in a collection. Swift stores a bare closure inside an Array or an
/// Optional in its most general form and wraps it in a conversion thunk when it is taken out again;
/// a struct field keeps the closure's own form, so hot code stores closures in these boxes.
struct StmtBox {
    let run: StmtCode
}

/// Finds a variable's storage from the current frame (see `Lowerer.slotLocator`), without a
/// closure call: a variable of the current frame or of the session's top level is one address
/// computation.
enum SlotLocator {
    /// Slot `slot` of the current frame.
    case local(Int)
    /// A slot of the session's global frame, which outlives all code lowered for the session.
    case global(UnsafeMutablePointer<Value>)
    /// Slot `slot` of the frame `depth` levels out.
    case enclosing(depth: Int, slot: Int)

    /// The variable's storage, seen from frame `f`.
    @inline(__always)
    func callAsFunction(_ f: Frame) -> UnsafeMutablePointer<Value> {
        switch self {
        case .local(let slot): return f.slots + slot
        case .global(let storage): return storage
        case .enclosing(let depth, let slot): return f.ancestor(depth).slots + slot
        }
    }
}

/// A compiled boolean test (see `StmtBox` for why it is boxed).
struct TestBox {
    let run: (Frame) throws -> Bool
}

/// A compiled expression kept in a collection (see `StmtBox`).
struct CodeBox {
    let run: Code
}

/// How control leaves a statement.
enum Flow: UInt8 {
    // (`normal` and `continueLoop` first: a loop tests `continuesLoop` with one comparison.)
    case normal, continueLoop, breakLoop, returned
    /// `break outer` / `continue outer` on their way out to the loop labelled `outer` (`Runtime.flowLabel`).
    case breakLabel, continueLabel

    /// Whether a loop goes on to its next iteration after a body that ended with this flow.
    @inline(__always)
    var continuesLoop: Bool { rawValue <= Flow.continueLoop.rawValue }

    /// What a loop that stops after a body that ended with this flow gives: `normal` for its own `break`,
    /// else the flow itself (a `return`, or a jump to an outer labelled loop).
    @inline(__always)
    var afterLoop: Flow { self == .breakLoop ? .normal : self }

    // Written out: the synthesized operators reached `Equatable`'s generic witness in hot statement
    // sequences (seen in perf); comparing raw values is one integer compare.
    @inline(__always)
    static func == (a: Flow, b: Flow) -> Bool { a.rawValue == b.rawValue }

    @inline(__always)
    static func != (a: Flow, b: Flow) -> Bool { a.rawValue != b.rawValue }
}

/// A lowered expression with its static type (and its value, when it is a constant).
struct Typed {
    var code: Code
    var type: StaticType
    var constant: Value?
    /// The slot when the expression just reads a variable of the current frame (lets operators
    /// read it directly instead of calling `code`).
    var localSlot: Int?
    /// Whether `localSlot` holds a `let` (a constant, a parameter, a pattern's binding): nothing can
    /// change it while the expression's value is in use, so a call may borrow it (`DirectArgument.lentLet`).
    var localSlotIsLet = false
    /// For comparisons: the same test yielding a plain Bool, used directly by conditions.
    var test: TestBox?
    /// For comparisons of a local Int variable with a constant: the test's parts (see `SlotTest`).
    var slotTest: SlotTest?
    /// For a local Int variable combined with a constant: the expression's parts (see `SlotArithmetic`).
    var slotArithmetic: SlotArithmetic?
    /// For calls of a global function from Int to Int: the call's parts (see `GlobalIntCall`).
    var globalIntCall: GlobalIntCall?
    /// For Int-typed expressions: the same computation yielding a plain Int (see `IntCode`).
    var int: IntCode?
    /// For Double-typed expressions: the same computation yielding a plain Double.
    var double: DoubleCode?
    /// For an element read `xs[i]` of an array variable: its parts (see `ElementPath`).
    var elementPath: ElementPath?
    /// For a variable or a chain of stored properties from one (`p`, `p.v`, `self.bodies`): where
    /// the value lives, so a property read borrows it instead of copying it (see `FieldPlace`).
    var place: FieldPlace?

    init(_ type: StaticType, _ code: @escaping Code) {
        self.code = code
        self.type = type
    }

    static func constant(_ value: Value, _ type: StaticType) -> Typed {
        var t = Typed(type) { _ in value }
        t.constant = value
        if case .int(let i) = value, type == .int { t.int = IntCode { _ in i } }
        if case .double(let d) = value, type == .double { t.double = DoubleCode { _ in d } }
        return t
    }
}

/// The parameter list of a declared `func`, used to check and complete calls statically.
struct Signature {
    var labels: [String?]
    var types: [StaticType]
    var hasDefault: [Bool]
    /// Filled in when the body is lowered (calls may be lowered earlier: the function is hoisted).
    var defaults: DefaultValues
    var result: StaticType
    /// Whether the function is declared `throws` (its calls must be marked `try`).
    var throwing = false
    /// For `throws(E)`: the one type of error it throws (nil: any error).
    var thrownType: StaticType?
    /// Whether it is declared `rethrows` (its body may throw; its calls are not checked for `try`).
    var isRethrowing = false
    /// The indices of the `inout` parameters.
    var inoutParameters: Set<Int> = []
    /// The indices of the `@autoclosure` parameters: a call's argument expression becomes a closure.
    var autoclosureParameters: Set<Int> = []
    /// The variadic parameter (`_ xs: Double...`), whose arguments arrive as one array.
    var variadicParameter: Int?
    /// For a generic function whose result follows a parameter's type (`func same<T: P>(_ x: T) -> T`).
    var genericResult: GenericResult?
}

/// The compiled default-value expressions of a function's parameters.
final class DefaultValues {
    var codes: [Code?] = []
}

/// A name visible in a scope: a variable slot, possibly holding a declared function.
struct Binding {
    var slot: Int
    var type: StaticType
    var mutable: Bool
    var signature: Signature?
    /// Declared without a value (`var x: Int`): reads check that it has been assigned.
    var mayBeUninitialized = false
}

/// The names and slots of one function body (or of the session's top level), with nested blocks.
final class FunctionScope {
    let parent: FunctionScope?
    var slotCount = 0
    var blocks: [[String: Binding]] = [[:]]
    /// The declared result type of the function whose body this is (nil at top level).
    var returnType: StaticType?
    /// The function's `some P` result, whose `return`s must agree on one type.
    var opaqueResult: OpaqueResult?
    /// For the body of a method or initializer: the type whose `self` is in slot 0, so bare member
    /// names resolve to `self.name`.
    var selfType: NominalType?
    /// For the body of an initializer: `self`'s `let` stored properties without a default value may
    /// be assigned, as Swift initialises them there.
    var isInitializer = false
    /// For the body of a method of an extension of a built-in type (`extension Array`): bare names
    /// that name nothing else are members of `self` (`count`, `reduce(0, +)`).
    var isBuiltinExtensionMethod = false
    /// For the body of a static method: its type, whose static members bare names reach.
    var staticType: NominalType?
    /// For a generic function: what each type parameter stands for while lowering (see
    /// `Lowerer.typeParameters`).
    var typeParameters: [String: StaticType] = [:]
    /// For a generic function: where a call finds the type each type parameter stands for (see
    /// `Lowerer.noteTypeParameterSources`).
    var typeParameterSources: [String: TypeParameterSource] = [:]
    /// While a type's members are declared: the type, whose nested types member types may name.
    var declaringType: NominalType?
    /// For the scope of a type declared inside a function (`Lowerer.localTypeScope`): the names of
    /// the function's variables and functions, which the type's members cannot use.
    var closedOverNames: Set<String> = []
    /// Whether a closure or nested function in this body may keep its frame, and so its variables,
    /// beyond a call. Only a body known to have none lends its variables to the calls it makes
    /// (`DirectArgument.lent`); every other scope keeps the safe default.
    var framesMayEscape = true
    /// How many loops / switches enclose the code being lowered (for `break`/`continue` checks).
    var loopDepth = 0
    /// The labels of the loops enclosing the code being lowered, and the label of the loop whose body
    /// is lowered next (see `Lowerer+LabelledLoops.swift`).
    var loopLabels: [LoopLabel] = []
    var pendingLoopLabel: LoopLabel?
    var switchDepth = 0
    /// Whether an error may leave this body: the top level (it stops the cell), `throws` functions
    /// and closures Swift infers to throw.
    var mayThrow = true
    /// For the body of a `throws(E)` function: `E`, the only type its `throw`s may raise.
    var thrownType: StaticType?
    /// See `Lowerer.tryDepth` and `Lowerer.catchAllDepth`.
    var tryDepth = 0
    var catchAllDepth = 0
    /// Whether every variable declared so far is an initialized Int, Double, Float or Bool, so that
    /// stale slots of a recycled frame hold nothing to release and nothing a read could notice.
    private(set) var holdsOnlyScalars = true

    init(parent: FunctionScope?) {
        self.parent = parent
    }

    /// A slot for a value the lowering pass keeps out of sight (a tuple being destructured, a switch
    /// subject), which may be of any kind.
    func allocate() -> Int {
        holdsOnlyScalars = false
        return nextSlot()
    }

    private func nextSlot() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    /// Declares `name` in the innermost block, shadowing any outer binding.
    @discardableResult
    func declare(_ name: String, type: StaticType, mutable: Bool, signature: Signature? = nil,
                 initialized: Bool = true) -> Binding {
        var binding = Binding(slot: nextSlot(), type: type, mutable: mutable, signature: signature)
        binding.mayBeUninitialized = !initialized && type != .void
        if binding.mayBeUninitialized || !type.isScalar { holdsOnlyScalars = false }
        blocks[blocks.count - 1][name] = binding
        return binding
    }

    /// Makes `name` a second name of `binding` in the innermost block (a function's name with its
    /// argument labels, `area(radius:)`).
    func alias(_ name: String, to binding: Binding) {
        blocks[blocks.count - 1][name] = binding
    }

    /// The bindings whose names start with `prefix` in the innermost block that has any (the
    /// overloads of a function by parameter type, `area(_:)[Circle]`), with their depths as `lookup`
    /// gives them.
    func lookup(prefix: String) -> [(depth: Int, binding: Binding)] {
        var scope: FunctionScope? = self
        var depth = 0
        while let s = scope {
            for block in s.blocks.reversed() {
                let found = block.filter { $0.key.hasPrefix(prefix) }.sorted { $0.key < $1.key }
                if !found.isEmpty {
                    let at = s.parent == nil && depth > 0 ? Lowerer.globalDepth : depth
                    return found.map { (at, $0.value) }
                }
            }
            scope = s.parent
            depth += 1
        }
        return []
    }

    /// Finds `name`, returning how many frames out it lives and its binding. A session global seen
    /// from inside a function gets depth `Lowerer.globalDepth`: it is read from the global frame
    /// directly instead of walking the frame chain.
    func lookup(_ name: String) -> (depth: Int, binding: Binding)? {
        var scope: FunctionScope? = self
        var depth = 0
        while let s = scope {
            for block in s.blocks.reversed() {
                if let b = block[name] { return (s.parent == nil && depth > 0 ? Lowerer.globalDepth : depth, b) }
            }
            if let property = s.staticType?.staticProperties[name] {
                return (Lowerer.globalDepth, Binding(slot: property.slot, type: property.type, mutable: property.mutable))
            }
            scope = s.parent
            depth += 1
        }
        return nil
    }

    /// The type of `self` in the innermost enclosing method (what `Self` means there).
    /// The static type a generic function's type parameter `name` stands for, in this or an enclosing scope.
    func typeParameter(_ name: String) -> StaticType? {
        var scope: FunctionScope? = self
        while let s = scope {
            if let t = s.typeParameters[name] { return t }
            // Inside a generic type's members, its own type parameters.
            for type in [s.selfType, s.staticType, s.declaringType] {
                if let t = type?.typeParameters[name] ?? type?.typeAliases[name] { return t }
            }
            scope = s.parent
        }
        return nil
    }

    var enclosingSelfType: NominalType? {
        var scope: FunctionScope? = self
        while let s = scope {
            if let t = s.selfType { return t }
            scope = s.parent
        }
        return nil
    }

    /// The type `Self` names here: that of the enclosing method's `self`, of the enclosing static
    /// method, or of the type whose members are being declared (in a protocol or its extension, the
    /// protocol itself).
    var typeNamedSelf: NominalType? {
        var scope: FunctionScope? = self
        while let s = scope {
            if let t = s.selfType ?? s.staticType ?? s.declaringType { return t }
            scope = s.parent
        }
        return nil
    }

    /// Finds `name` as a member of an enclosing method's `self`, as Swift resolves a bare name:
    /// locals of the method (and of closures inside it) first, then the members of `self`, then
    /// globals. Returns how many frames out the method's frame is, and `self`'s type.
    func lookupMember(_ name: String) -> (depth: Int, type: NominalType)? {
        var scope: FunctionScope? = self
        var depth = 0
        while let s = scope {
            if s.blocks.contains(where: { $0[name] != nil }) { return nil }
            if let type = s.selfType, type.hasInstanceMember(name) { return (depth, type) }
            scope = s.parent
            depth += 1
        }
        return nil
    }

    /// Finds `name` as a static method of an enclosing static method's type (`make(1)` inside
    /// `static func`), unless a local of that name comes first.
    func lookupStaticMethod(_ name: String) -> Method? {
        var scope: FunctionScope? = self
        while let s = scope {
            if s.blocks.contains(where: { $0[name] != nil }) { return nil }
            if let method = s.staticType?.staticMethods[name] { return method }
            scope = s.parent
        }
        return nil
    }

    /// Refines the static type of an existing binding (e.g. once an empty array gets its first element type).
    func updateType(_ name: String, _ type: StaticType) {
        if !type.isScalar { holdsOnlyScalars = false }
        for i in blocks.indices.reversed() where blocks[i][name] != nil {
            blocks[i][name]?.type = type
            return
        }
    }
}

/// A static (lowering-time) error: the construct is unsupported or the code is mistyped.
struct SemanticError: Error {
    var message: String
    var position: SourcePosition
}
