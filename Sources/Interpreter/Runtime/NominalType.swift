/// A type the author declared in a notebook (`struct`, `enum`, `class` or `protocol`): its stored properties, cases and members.
///
/// Made once when the declaration is lowered and shared by every value of the type; compiled code
/// holds it directly, so a member is never looked up by name while a cell runs. Types compare by
/// identity: a type re-declared in a later cell is a new type under the same name.
public final class NominalType {
    /// The kinds of declared types.
    enum Kind {
        case structure
        case enumeration
        /// A `class`: values are `.object(ObjectInstance)`, shared by reference.
        case classType
        /// A `protocol`: used as a type, its values are the conforming values themselves.
        case protocolType
        /// The members extensions add to a built-in type (`extension Double { … }`).
        case builtin
    }

    /// One stored property, in declaration order.
    struct StoredProperty {
        let name: String
        let type: StaticType
        let mutable: Bool
        /// The declaration's default value (`var n = 0`), evaluated when a value is created.
        let defaultValue: CodeBox?
        /// For the storage of a `lazy var`: the property's own name (the memberwise initializer's label).
        var lazyName: String? = nil
    }

    /// The type's name as the author wrote it.
    public let name: String
    let kind: Kind
    /// The stored properties in declaration order (a value's fields use the same order).
    private(set) var storedProperties: [StoredProperty] = []
    /// The index of each stored property by name.
    private(set) var fieldIndex: [String: Int] = [:]
    /// Instance methods (and computed-property getters, under `computed`), by name.
    var methods: [String: Method] = [:]
    var computed: [String: Method] = [:]
    /// The setters of computed properties that have one (`set { … }`), by property name.
    var setters: [String: Method] = [:]
    /// The `lazy var`s: computed properties over a stored `$__lazy_storage_$_name` (see `declareLazyProperty`).
    var lazyProperties: Set<String> = []
    /// The `subscript(…)`s, each with its own argument labels or count (`m[i]` beside `m[r, c]`).
    var subscripts: [Subscript] = []
    /// Static methods, and static stored properties as slots of the session's global frame.
    var staticMethods: [String: Method] = [:]
    var staticProperties: [String: (slot: Int, type: StaticType, mutable: Bool)] = [:]
    /// The protocols the declaration conforms to (`Equatable`, `CustomStringConvertible`).
    var conformances: Set<String> = []
    /// For a `CustomStringConvertible` type: its `description`, which `print` and `\(…)` show.
    var describe: ((Value) throws -> Value)?
    /// For a `CustomDebugStringConvertible` type: its `debugDescription`, which collections show (and
    /// `print`, when the type has no `description`).
    var debugDescribe: ((Value) throws -> Value)?
    /// For a type with its own `static func ==`: that function, which comparisons inside collections,
    /// tuples and optionals use (`[p] == [q]`, `contains`), as Swift's do.
    var equals: ((Value, Value) throws -> Bool)?
    /// For a type with its own `hash(into:)`: the values it combines into a hasher.
    var hashInto: ((Value) throws -> [HashKey])?
    /// The initializers the author wrote; when there are none, the memberwise initializer.
    var initializers: [Method] = []
    /// For an enum: its cases in declaration order, their indices by name, and its raw type.
    var enumCases: [EnumCase] = []
    var caseIndex: [String: Int] = [:]
    var rawType: StaticType?

    /// For a class: its superclass, and whether it is `final` (no subclasses, no dynamic dispatch).
    var superclass: NominalType?
    var isFinal = false
    /// For a class: the overridable members (methods, and computed getters and setters under
    /// `ClassTable.getterKey`/`setterKey`), by slot. A subclass starts from a copy of its
    /// superclass's table and an `override` replaces the entry in its slot, so a call site fixes
    /// the slot at lowering time and finds the override through the instance's type.
    var vtable: [Method] = []
    var vtableSlot: [String: Int] = [:]
    /// For a class: the members declared `final` (bound at lowering time, never overridden).
    var finalMembers: Set<String> = []
    /// For a class: the indices in `initializers` of its `convenience` initializers.
    var convenienceInitializers: Set<Int> = []
    /// For a class: the instance members it declares itself (to tell an override from a redeclaration).
    var ownMembers: Set<String> = []
    /// For a `Comparable` type: its `<`, which `sorted()`, `min()` and `max()` order values by.
    var lessThan: ((Value, Value) throws -> Bool)?
    /// The `willSet` / `didSet` of stored properties that have them, by property index.
    var observers: [Int: PropertyObservers] = [:]
    /// For an extension of a built-in type: the static type of `self` in its members.
    var extendedBuiltin: StaticType?
    /// The protocols the type conforms to (for a protocol: those it refines), as declared.
    var protocols: [NominalType] = []
    /// For a protocol: the names of its instance requirements (its `methods` and `computed`
    /// entries also hold the members its extensions add, which are not dispatched).
    var requirements: Set<String> = []
    /// For a protocol: default implementations from its extensions, by requirement (methods by
    /// name, properties under `ClassTable.getterKey`).
    var defaults: [String: Method] = [:]
    /// For a protocol: the built-in types an extension made conform to it or to a protocol refining
    /// it (`extension Double: Shape`), by `StaticType.builtinTypeName`.
    var conformingBuiltins: Set<String> = []

    /// For a generic type (`struct Pair<A, B>`): its type parameters in order, what each stands for
    /// while the members are lowered (see `Lowerer.typeParameters`), and where a value shows each
    /// parameter's argument (see `GenericArguments`).
    var genericParameters: [String] = []
    var typeParameters: [String: StaticType] = [:]
    var typeArgumentSources: [TypeArgumentSource?] = []
    /// For each type parameter, the stored properties declared with exactly that type (`var value: T`).
    var fieldsOfParameter: [Int: [Int]] = [:]
    /// Type names declared inside the type: a member `typealias Item = Int`, or a protocol's
    /// `associatedtype Item` (which stands for whatever a conforming type uses, checked when used).
    var typeAliases: [String: StaticType] = [:]
    /// Get-only `static var`s with a body (`static var zero: Vec { Vec(x: 0) }`): called on each read.
    var staticComputed: [String: Method] = [:]

    /// The types that copied this one's members when they were declared: its subclasses, and for a
    /// protocol the types conforming to it. An extension in a later cell gives them its members too.
    var inheritors: [Inheritor] = []

    init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// Adds a stored property after the existing ones.
    func addStoredProperty(_ property: StoredProperty) {
        fieldIndex[property.name] = storedProperties.count
        storedProperties.append(property)
    }

    /// Whether `name` is an instance member (stored, computed or a method).
    func hasInstanceMember(_ name: String) -> Bool {
        fieldIndex[name] != nil || computed[name] != nil || methods[name] != nil
    }
}

/// A subclass or conforming type, held weakly: a type re-declared in a later cell replaces the old one.
struct Inheritor {
    weak var type: NominalType?
}

extension NominalType: Equatable {
    public static func == (a: NominalType, b: NominalType) -> Bool { a === b }
}

/// A method, initializer or computed-property getter of a declared type: its signature and its
/// compiled body, which takes `self` in slot 0 (static methods: no `self`) and the arguments after.
/// One `subscript(…)` of a declared type: its getter, and its setter when it has one (the new value is
/// the last argument).
struct Subscript {
    let getter: Method
    var setter: Method?
}

final class Method {
    let name: String
    let signature: Signature
    /// Whether the body may change `self` (`mutating`, and initializers), which the caller then
    /// writes back (copy-in, copy-out: Swift's `inout`).
    let isMutating: Bool
    /// Whether slot 0 holds `self`.
    let hasSelf: Bool
    /// For `init?`: the result is an optional.
    let isFailable: Bool
    /// Set once the body is lowered (calls may be lowered first: members are declared up front).
    var function: Function? {
        didSet { unretainedFunction = function.map(Unmanaged.passUnretained) }
    }
    /// `function` for calls, read without a retain (this method keeps it alive).
    private(set) var unretainedFunction: Unmanaged<Function>?
    /// Whether this is a struct's memberwise initializer taking every stored property in order, so
    /// a call with every argument given builds the value directly (see `memberwiseConstruction`).
    var isMemberwise = false
    /// A class's `required init`, which every subclass must have (inherit or declare as `required`).
    var isRequired = false
    /// For a method of a generic type: its parameters declared with exactly one of the type's
    /// parameters (`push(_ x: T)`), by parameter index and type-parameter index (see
    /// `Lowerer.literalArgumentConversion`).
    var typeParameterOfParameter: [(parameter: Int, typeParameter: Int)] = []

    init(name: String, signature: Signature, isMutating: Bool, hasSelf: Bool, isFailable: Bool = false) {
        self.name = name
        self.signature = signature
        self.isMutating = isMutating
        self.hasSelf = hasSelf
        self.isFailable = isFailable
    }
}

extension NominalType {
    /// Whether this is a class (reference semantics).
    var isClass: Bool { kind == .classType }

    /// Whether this is a protocol (used as a type: an existential).
    var isProtocol: Bool { kind == .protocolType }

    /// Whether a value of this type converts to `other`: the same type, a superclass, or a protocol
    /// it (or a superclass, or a protocol it refines) conforms to.
    func isSubtype(of other: NominalType) -> Bool {
        if self === other { return true }
        if protocols.contains(where: { $0.isSubtype(of: other) }) { return true }
        return superclass?.isSubtype(of: other) ?? false
    }
}

extension NominalType {
    /// `equals` of this type or of the nearest superclass declaring one.
    var inheritedEquals: ((Value, Value) throws -> Bool)? { equals ?? superclass?.inheritedEquals }

    /// `hashInto` of this type or of the nearest superclass declaring one.
    var inheritedHashInto: ((Value) throws -> [HashKey])? { hashInto ?? superclass?.inheritedHashInto }
}

extension NominalType {
    /// The text `describe` (or, `debug`, `debugDescribe`, falling back to the other) gives for `value`,
    /// or nil when the type has neither; an error inside it shows as its message.
    func customText(of value: Value, debug: Bool) -> String? {
        guard let describe = debug ? (debugDescribe ?? self.describe) : (self.describe ?? debugDescribe) else { return nil }
        do {
            return try describe(value).description
        } catch {
            return "<\(error)>"
        }
    }
}
