import SwiftSyntax

extension Lowerer {
    /// Declares a class's name as a type in the current (top-level) scope, with its superclass and
    /// the protocols it conforms to. Its members are declared later, after its superclass's
    /// (`inheritMembers`), so a class must come after its superclass in a cell.
    func declareClassName(_ c: ClassDeclSyntax, prefix: String = "") throws -> DeclaredStruct {
        let modifiers = try memberModifiers(c.modifiers, allowed: ["final"])
        try checkAttributes(c.attributes)
        try checkRedeclaration(prefix + c.name.text, c.name)
        let type = NominalType(name: prefix + c.name.text, kind: .classType)
        type.isFinal = modifiers.contains("final")
        try declareGenericParameters(c.genericParameterClause, c.genericWhereClause, of: type)
        for (i, inherited) in (c.inheritanceClause?.inheritedTypes ?? []).enumerated() {
            let name = inherited.type.trimmedDescription
            if try declaredProtocol(inherited.type, conformedBy: type) { continue }
            // (A class of the notebook's own shadows a protocol of the runtime's: `class Dense: Layer`.)
            let ownClass = scope.lookup(name)?.binding.type.declaredType?.isClass == true
            if !ownClass, Lowerer.supportedConformances.contains(name) || rt.nativeProtocols[name] != nil {
                type.conformances.insert(name)
                if name == "Hashable" || name == "Comparable" { type.conformances.insert("Equatable") }
                continue
            }
            guard let superclass = scope.lookup(name)?.binding.type.declaredType else {
                if i == 0, (try? resolveType(inherited.type)) == nil {
                    throw fail("cannot find type '\(name)' in scope", inherited.type)
                }
                throw unsupported("conformance to '\(name)'", inherited.type)
            }
            guard i == 0 else { throw fail("superclass '\(name)' must appear first in the inheritance clause", inherited.type) }
            guard superclass.isClass else { throw fail("inheritance from non-protocol, non-class type '\(name)'", inherited.type) }
            guard !superclass.isFinal else { throw fail("inheritance from a final class '\(name)'", c.name) }
            type.superclass = superclass
            superclass.inheritors.append(Inheritor(type: type))
        }
        scope.declare(prefix + c.name.text, type: .metatype(type), mutable: false)
        return DeclaredStruct(members: c.memberBlock.members, type: type, name: c.name, inheritance: c.inheritanceClause,
                              conformanceNode: Syntax(c.name))
    }

    /// Gives a subclass its superclass's members before its own are declared: the stored
    /// properties first (so they keep their indices), the members, the dispatch table.
    func inheritMembers(_ type: NominalType, _ node: TokenSyntax) throws {
        guard let superclass = type.superclass else { return }
        if superclass.initializers.isEmpty {
            throw unsupported("a subclass declared before its superclass in the same cell", node)
        }
        for property in superclass.storedProperties { type.addStoredProperty(property) }
        type.observers = superclass.observers
        type.methods = superclass.methods
        type.computed = superclass.computed
        type.setters = superclass.setters
        type.subscripts = superclass.subscripts
        type.staticMethods = superclass.staticMethods
        type.staticComputed = superclass.staticComputed
        type.staticProperties = superclass.staticProperties
        type.conformances.formUnion(superclass.conformances)
        type.vtable = superclass.vtable
        type.vtableSlot = superclass.vtableSlot
        type.finalMembers = superclass.finalMembers
    }

    /// Declares one member of a class (or of an extension of one: `overridable` false, as Swift
    /// does not let a subclass override what an extension declares).
    func declareClassMember(_ decl: DeclSyntax, in type: NominalType, overridable: Bool) throws {
        if decl.is(DeinitializerDeclSyntax.self) { return }
        if let f = decl.as(FunctionDeclSyntax.self) {
            let modifiers = try memberModifiers(f.modifiers, allowed: ["static", "class", "final", "override", "mutating", "prefix"])
            if modifiers.contains("mutating") {
                throw fail("'mutating' is not valid on instance methods in classes", f.modifiers.first { $0.name.text == "mutating" }!)
            }
            let isStatic = modifiers.contains("static") || modifiers.contains("class")
            if isStatic {
                // `override class func`: the subclass's own static method replaces the inherited one.
                if modifiers.contains("override"), let inherited = type.superclass?.staticMethods[f.name.text],
                    type.staticMethods[f.name.text] === inherited {
                    type.staticMethods[f.name.text] = nil
                }
                return try declareMethod(strippingModifiers(f), in: type)
            }
            // (An overload by labels has its own key: see MethodOverloads.swift.)
            let key = Self.methodKey(f.name.text, labels: Self.declaredLabels(f), in: type.methods)
            if type.ownMembers.contains(key), let same = type.methods[key],
                try withTypeParameters(of: f, { try f.signature.parameterClause.parameters.map { try parameterType($0.type).0 } }) != same.signature.types {
                throw unsupported("overloading the method '\(f.name.text)' by parameter type", f.name)
            }
            let inherited = try checkOverride(key, key: key, in: type, modifiers, what: "method", f.name)
            type.methods[key] = nil
            try declareMethod(strippingModifiers(f), in: type)
            let method = type.methods[key]!
            try registerOverridable(key, method, inherited: inherited, in: type, overridable, modifiers)
            return
        }
        if let i = decl.as(InitializerDeclSyntax.self) {
            let modifiers = try memberModifiers(i.modifiers, allowed: ["convenience", "required", "override"])
            var plain = i
            plain.modifiers = []
            try declareInitializer(plain, in: type)
            let declared = type.initializers[type.initializers.count - 1]
            declared.isRequired = modifiers.contains("required")
            if !declared.isRequired, overridable, type.superclass?.initializers.contains(where: {
                $0.isRequired && $0.signature.labels == declared.signature.labels }) == true {
                throw fail("'required' modifier must be present on all overrides of a required initializer", i.initKeyword)
            }
            if modifiers.contains("convenience") { type.convenienceInitializers.insert(type.initializers.count - 1) }
            return
        }
        if let v = decl.as(VariableDeclSyntax.self) {
            let modifiers = try memberModifiers(v.modifiers, allowed: ["final", "override", "lazy"])
            if modifiers.contains("lazy") { return try declareLazyProperty(v, in: type) }
            var plain = v
            plain.modifiers = []
            guard let binding = v.bindings.first, let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                return try declareProperties(plain, in: type)
            }
            let name = id.identifier.text
            if modifiers.contains("override"), let accessors = binding.accessorBlock, hasObservers(accessors),
                binding.initializer == nil, binding.typeAnnotation != nil {
                return try declareOverridingObservers(id, accessors, in: type)
            }
            guard let accessors = binding.accessorBlock, !hasObservers(accessors) else {
                if modifiers.contains("override") { throw fail("cannot override with a stored property '\(name)'", id) }
                if type.superclass?.hasInstanceMember(name) == true {
                    throw fail("cannot override with a stored property '\(name)'", id)
                }
                return try declareProperties(plain, in: type)
            }
            let inherited = try checkOverride(name, key: ClassTable.getterKey(name), in: type, modifiers, what: "property", id)
            type.computed[name] = nil
            type.setters[name] = nil
            try declareProperties(plain, in: type)
            guard let getter = type.computed[name] else { throw unsupported("this property declaration", v) }
            try registerOverridable(ClassTable.getterKey(name), getter, inherited: inherited, in: type, overridable, modifiers)
            return
        }
        if decl.is(SubscriptDeclSyntax.self) { return try declareMember(decl, in: type) }
        throw unsupported("\(declarationName(decl)) inside a class", decl)
    }

    /// The member's declaration without its modifiers (those of a class were checked here; the
    /// struct path that declares the signature knows only `static`).
    func strippingModifiers(_ f: FunctionDeclSyntax) -> FunctionDeclSyntax {
        var plain = f
        plain.modifiers = DeclModifierListSyntax(f.modifiers.filter { ["static", "class", "prefix"].contains($0.name.text) }.map { m in
            guard m.name.text != "prefix" else { return m }
            var s = m
            s.name = .keyword(.static)
            return s
        })
        return plain
    }

    /// Swift's rules for `override`: required when a superclass has the member, rejected when it
    /// has none, and a `final` member cannot be overridden. Returns whether the member is inherited.
    func checkOverride(_ name: String, key: String, in type: NominalType, _ modifiers: Set<String>, what: String,
                       _ node: some SyntaxProtocol) throws -> Bool {
        let inherited = type.superclass?.hasInstanceMember(name) == true
        let declaredHere = type.ownMembers.contains(name)
        if declaredHere || (!inherited && type.hasInstanceMember(name)) { throw fail("invalid redeclaration of '\(name)'", node) }
        if inherited, !modifiers.contains("override") {
            throw fail("overriding declaration requires an 'override' keyword", node)
        }
        if !inherited, modifiers.contains("override") {
            throw fail("\(what) does not override any \(what) from its superclass", node)
        }
        if inherited, type.finalMembers.contains(key) {
            let kind = what == "method" ? "instance method" : "property"
            throw fail("\(kind) overrides a 'final' \(kind)", node)
        }
        type.ownMembers.insert(name)
        return inherited
    }

    /// Puts a class member in the dispatch table: into its superclass's slot when it overrides,
    /// otherwise into a new slot (members of extensions and `final` members are bound statically).
    func registerOverridable(_ key: String, _ method: Method, inherited: Bool, in type: NominalType, _ overridable: Bool,
                             _ modifiers: Set<String>) throws {
        if modifiers.contains("final") { type.finalMembers.insert(key) }
        if let slot = type.vtableSlot[key] {
            type.vtable[slot] = method
        } else if overridable {
            type.vtableSlot[key] = type.vtable.count
            type.vtable.append(method)
        }
    }

    /// After a class's members are declared: its initializers as Swift provides them. A class
    /// without a designated `init` gets `init()` when every stored property has a default, and a
    /// subclass then inherits its superclass's initializers.
    func finishClassInitializers(_ d: DeclaredStruct) throws {
        let type = d.type
        let designated = type.initializers.indices.filter { !type.convenienceInitializers.contains($0) }
        guard designated.isEmpty else {
            try checkRequiredInitializers(d)
            return inheritConvenienceInitializers(type)
        }
        let inheritedCount = type.superclass?.storedProperties.count ?? 0
        let own = type.storedProperties.dropFirst(inheritedCount)
        guard own.allSatisfy({ $0.defaultValue != nil }) else {
            throw fail("class '\(type.name)' has no initializers", d.name)
        }
        if let superclass = type.superclass {
            let first = type.initializers.count
            type.initializers += superclass.initializers
            for i in superclass.convenienceInitializers { type.convenienceInitializers.insert(first + i) }
            return
        }
        let method = Method(name: "init", signature: Signature(labels: [], types: [], hasDefault: [], defaults: DefaultValues(),
                                                              result: .nominal(type)),
                            isMutating: true, hasSelf: true)
        let body = InterpretedBody(frameSize: 1, code: { f in f.slots[0] }, int: nil, double: nil,
                                   mayCaptureFrame: false, needsClearing: true)
        method.function = Function(name: "init", parameterCount: 1, body: .interpreted(body, captured: globalFrame))
        type.initializers.append(method)
    }

    /// A subclass that overrides every designated initializer of its superclass inherits the
    /// superclass's convenience initializers (Swift's rule), whose `self.init(…)` then reaches the
    /// subclass's overrides (`delegatingInitializerCall`).
    func inheritConvenienceInitializers(_ type: NominalType) {
        guard let superclass = type.superclass else { return }
        let own = Set(type.initializers.map { Self.fullName("init", labels: $0.signature.labels) })
        let overridesAll = superclass.initializers.indices.allSatisfy { i in
            superclass.convenienceInitializers.contains(i)
                || own.contains(Self.fullName("init", labels: superclass.initializers[i].signature.labels))
        }
        guard overridesAll else { return }
        for i in superclass.convenienceInitializers.sorted() {
            let inherited = superclass.initializers[i]
            guard !own.contains(Self.fullName("init", labels: inherited.signature.labels)) else { continue }
            type.convenienceInitializers.insert(type.initializers.count)
            type.initializers.append(inherited)
        }
    }

    /// A class that declares its own designated initializers inherits none: it must declare each
    /// `required init` of its superclass itself.
    func checkRequiredInitializers(_ d: DeclaredStruct) throws {
        guard let superclass = d.type.superclass else { return }
        for required in superclass.initializers where required.isRequired {
            let labels = required.signature.labels
            guard !d.type.initializers.contains(where: { $0.signature.labels == labels }) else { continue }
            let end = d.members.parent?.as(MemberBlockSyntax.self).map { Syntax($0.rightBrace) } ?? Syntax(d.name)
            throw fail("'required' initializer '\(Self.fullName("init", labels: labels))' must be provided by subclass of '\(superclass.name)'", end)
        }
    }

    /// The call of the superclass's `init()` Swift adds at the end of a designated initializer that
    /// calls no `super.init` itself; nil when there is none to add.
    func implicitSuperInit(_ type: NominalType, _ statements: CodeBlockItemListSyntax, isInitializer: Bool) -> StmtCode? {
        guard isInitializer, type.isClass, let superclass = type.superclass else { return nil }
        let mentionsInit = statements.tokens(viewMode: .sourceAccurate).contains { token in
            token.tokenKind == .keyword(.`init`) && token.previousToken(viewMode: .sourceAccurate)?.tokenKind == .period
        }
        guard !mentionsInit, let initializer = superclass.initializers.first(where: { $0.signature.types.isEmpty }) else {
            return nil
        }
        let rt = self.rt
        return { f in
            guard let fn = initializer.function else { throw RuntimeFailure("'init' is used before its declaration") }
            let frame = fn.takeFrame()
            frame.slots[0] = f.slots[0]
            _ = try rt.enter { try fn.code(frame) }
            fn.recycle(frame)
            return .normal
        }
    }
}

/// The keys of computed properties in a class's dispatch table (methods use their names).
enum ClassTable {
    static func getterKey(_ name: String) -> String { "get " + name }
}
