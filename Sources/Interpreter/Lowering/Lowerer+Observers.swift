import SwiftSyntax

extension Lowerer {
    /// Whether a property's accessor block holds observers (`willSet` / `didSet`), which make it a
    /// stored property whose writes run them.
    func hasObservers(_ accessors: AccessorBlockSyntax) -> Bool {
        guard case .accessors(let list) = accessors.accessors else { return false }
        return list.contains { [.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind) }
    }

    /// A stored `var` with `willSet` / `didSet`: the property, and an observer method for each
    /// (taking `newValue` or `oldValue`), lowered with the other member bodies.
    func declareObservedProperty(_ binding: PatternBindingSyntax, _ id: IdentifierPatternSyntax, _ accessors: AccessorBlockSyntax,
                                 mutable: Bool, in type: NominalType) throws {
        let name = id.identifier.text
        guard mutable else { throw fail("'let' declarations cannot be observing properties", accessors) }
        if case .accessors(let list) = accessors.accessors,
            let accessor = list.first(where: { ![.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind) }),
            let observer = list.first(where: { [.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind) }) {
            let what = accessor.accessorSpecifier.tokenKind == .keyword(.set) ? "a setter" : "a getter"
            throw fail("'\(observer.accessorSpecifier.text)' cannot be provided together with \(what)", observer.accessorSpecifier)
        }
        let annotated = try binding.typeAnnotation.map { try resolveType($0.type) }
        let (propertyType, defaultValue) = try storedDefault(binding, id, annotated, mutable: true, of: type)
        noteTypeArgumentSources(binding.typeAnnotation?.type, field: type.storedProperties.count, of: type)
        type.addStoredProperty(.init(name: name, type: propertyType, mutable: true, defaultValue: defaultValue))
        var observers = PropertyObservers()
        guard case .accessors(let list) = accessors.accessors else { return }
        for accessor in list {
            let signature = Signature(labels: [nil], types: [propertyType], hasDefault: [false], defaults: DefaultValues(), result: .void)
            let method = Method(name: accessor.accessorSpecifier.text, signature: signature, isMutating: !type.isClass, hasSelf: true)
            switch accessor.accessorSpecifier.tokenKind {
            case .keyword(.willSet): observers.willSet = method
            default: observers.didSet = method
            }
        }
        type.observers[type.fieldIndex[name]!] = observers
    }

    /// `override var speed: Int { didSet { … } }` in a subclass: observers added to the inherited stored
    /// property `speed`, run around the superclass's own.
    func declareOverridingObservers(_ id: IdentifierPatternSyntax, _ accessors: AccessorBlockSyntax, in type: NominalType) throws {
        let name = id.identifier.text
        guard let index = type.fieldIndex[name] else {
            throw fail("property '\(name)' with 'override' does not override any property from its superclass", id)
        }
        guard case .accessors(let list) = accessors.accessors else { return }
        let propertyType = type.storedProperties[index].type
        var observers = PropertyObservers()
        for accessor in list {
            guard [.keyword(.willSet), .keyword(.didSet)].contains(accessor.accessorSpecifier.tokenKind) else {
                throw unsupported("overriding a stored property with a getter or setter", accessor.accessorSpecifier)
            }
            let signature = Signature(labels: [nil], types: [propertyType], hasDefault: [false], defaults: DefaultValues(), result: .void)
            let method = Method(name: accessor.accessorSpecifier.text, signature: signature, isMutating: false, hasSelf: true)
            if accessor.accessorSpecifier.tokenKind == .keyword(.willSet) { observers.willSet = method } else { observers.didSet = method }
        }
        observers.overridden = type.observers[index].map { [$0] } ?? []
        type.observers[index] = observers
    }

    /// Lowers the observers of `binding` if it is an observed property (returns whether it was).
    /// Inside its own observers a property is written directly, as in Swift.
    func lowerObservers(_ binding: PatternBindingSyntax, of type: NominalType) throws -> Bool {
        guard let accessors = binding.accessorBlock, case .accessors(let list) = accessors.accessors,
            let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
            let index = type.fieldIndex[name], let observers = type.observers[index] else { return false }
        type.observers[index] = nil
        defer { type.observers[index] = observers }
        for accessor in list {
            guard let body = accessor.body else { throw fail("observer needs a body", accessor) }
            let isWillSet = accessor.accessorSpecifier.tokenKind == .keyword(.willSet)
            guard let method = isWillSet ? observers.willSet : observers.didSet else { continue }
            let parameter = accessor.parameters?.name.text ?? (isWillSet ? "newValue" : "oldValue")
            try lowerMethod(method, of: type, body.statements, [(parameter, nil)], closing: body.rightBrace)
        }
        return true
    }

    /// The path step writing stored property `index` of `type` when it has observers: the old
    /// value is read, `willSet` runs, the property is stored, `didSet` runs; nil otherwise.
    func observedStep(_ type: NominalType, _ index: Int) -> PathStep? {
        guard let observers = type.observers[index] else { return nil }
        let rt = self.rt
        func run(_ method: Method?, _ value: inout Value, _ argument: Value) throws {
            guard let method else { return }
            guard let fn = method.function else { throw RuntimeFailure("'\(method.name)' is used before its declaration") }
            _ = try rt.callMutating(fn, on: &value) { $0.slots[1] = argument }
        }
        func runWillSet(_ o: PropertyObservers, _ value: inout Value, _ newValue: Value) throws {
            try run(o.willSet, &value, newValue)
            for inner in o.overridden { try runWillSet(inner, &value, newValue) }
        }
        func runDidSet(_ o: PropertyObservers, _ value: inout Value, _ old: Value) throws {
            for inner in o.overridden { try runDidSet(inner, &value, old) }
            try run(o.didSet, &value, old)
        }
        let pair = AccessorPair(get: { value, _ in try storedField(value, index) }, set: { value, _, newValue in
            // (An instance of a subclass that overrides the property runs the subclass's observers too.)
            var observers = observers
            if case .object(let o) = value, o.type !== type, let own = o.type.observers[index] { observers = own }
            try runWillSet(observers, &value, newValue)
            let old = try storedField(value, index)
            switch value {
            case .object(let o): o.fields[index] = newValue
            case .structure(var s):
                value = .void
                s.fields[index] = newValue
                value = .structure(s)
            default: throw RuntimeFailure.expectedStruct
            }
            try runDidSet(observers, &value, old)
        })
        return .accessor(pair, [])
    }
}

/// The `willSet` and `didSet` of one stored property.
struct PropertyObservers {
    var willSet: Method?
    var didSet: Method?
    /// For an `override var` adding observers to an inherited property: the superclass's own (at most
    /// one), which run inside the subclass's: its `willSet`, the superclass's, the store, the
    /// superclass's `didSet`, its own.
    var overridden: [PropertyObservers] = []
}

/// Stored property `index` of a struct value or class instance.
func storedField(_ value: Value, _ index: Int) throws -> Value {
    switch value {
    case .structure(let s): return s.fields[index]
    case .object(let o): return o.fields[index]
    default: throw RuntimeFailure.expectedStruct
    }
}
