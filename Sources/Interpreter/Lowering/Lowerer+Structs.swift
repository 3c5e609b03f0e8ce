import SwiftSyntax

/// An annotated default value of a stored property, lowered once every name of the cell is declared;
/// until then `code` is a placeholder (nothing runs before the cell is lowered).
final class PendingDefault {
    let expression: ExprSyntax
    let type: StaticType
    let owner: NominalType
    /// A default argument (an enum case's associated value) rather than a property's initial value:
    /// only the wording of a type mismatch differs.
    let isArgument: Bool
    var code: Code = { _ in .void }

    init(expression: ExprSyntax, type: StaticType, owner: NominalType, isArgument: Bool = false) {
        self.expression = expression
        self.type = type
        self.owner = owner
        self.isArgument = isArgument
    }
}

/// A `struct` or an `extension` of one declared by a cell, between the passes that lower it.
struct DeclaredStruct {
    let members: MemberBlockItemListSyntax
    let type: NominalType
    /// Where the declaration names the type (for diagnostics about the whole type).
    let name: TokenSyntax
    /// The index in `type.initializers` of this declaration's first `init`.
    var firstInitializer = 0
    /// The declaration's inheritance clause, whose protocols are checked once every member of
    /// the cell is declared, and where a missing requirement is reported.
    var inheritance: InheritanceClauseSyntax? = nil
    var conformanceNode: Syntax? = nil
    /// For `extension Stack where Element == Double`: what the type's parameters stand for in this
    /// declaration's members (`Lowerer.whereBindings`).
    var typeParameterBindings: [String: StaticType] = [:]
}

extension Lowerer {
    /// Declares the `struct`s among a block's items: first every name (so members may mention any of
    /// them), then their members' signatures, then the static properties' initial values. Returns
    /// the structs, whose member bodies `lowerStructBodies` lowers, and the statements that store
    /// the static properties.
    func declareStructs(_ items: some Collection<CodeBlockItemSyntax>, topLevel: Bool) throws -> ([DeclaredStruct], [StmtBox]) {
        var declared: [DeclaredStruct] = []
        var protocols: [(ProtocolDeclSyntax, NominalType)] = []
        for item in items {
            guard case .decl(let decl) = item.item, let p = decl.as(ProtocolDeclSyntax.self) else { continue }
            guard topLevel else { throw unsupported("a protocol declared inside a function or block", p.protocolKeyword) }
            protocols.append((p, try declareProtocolName(p)))
        }
        for item in items {
            guard case .decl(let decl) = item.item else { continue }
            if let e = decl.as(EnumDeclSyntax.self) {
                declared.append(DeclaredStruct(members: e.memberBlock.members, type: try declareEnumName(e), name: e.name,
                                               inheritance: e.inheritanceClause, conformanceNode: Syntax(e.name)))
                continue
            }
            guard let s = decl.as(StructDeclSyntax.self) else { continue }
            declared.append(DeclaredStruct(members: s.memberBlock.members, type: try declareStructName(s), name: s.name,
                                           inheritance: s.inheritanceClause, conformanceNode: Syntax(s.name)))
        }
        let classes = items.compactMap { item -> ClassDeclSyntax? in
            guard case .decl(let decl) = item.item else { return nil }
            return decl.as(ClassDeclSyntax.self)
        }
        for c in Self.superclassesFirst(classes) {
            declared.append(try declareClassName(c))
        }
        try declareNestedTypes(&declared)
        for item in items {
            guard case .decl(let decl) = item.item, let t = decl.as(TypeAliasDeclSyntax.self) else { continue }
            try declareTypeAlias(t)
        }
        for (p, type) in protocols { try declareRequirements(p, of: type) }
        // A type declared in a function sees the session's globals and the types beside it, not the
        // function's variables (Swift's local types cannot close over them).
        let enclosing = scope
        if !topLevel, !declared.isEmpty { scope = localTypeScope(beside: items) }
        defer { scope = enclosing }
        var extensions: [DeclaredStruct] = [], nestedInExtensions: [DeclaredStruct] = []
        for item in items {
            guard case .decl(let decl) = item.item, let e = decl.as(ExtensionDeclSyntax.self) else { continue }
            guard topLevel else { throw unsupported("an extension inside a function or block", e.extensionKeyword) }
            let extended = try extendedType(e)
            // Types nested in an extension (`extension Model { enum Phase { … } }`) are declarations too.
            let nested = try withNestedTypes(extended).dropLast()
            if extended.type.extendedBuiltin != nil, let first = nested.first {
                throw unsupported("a type nested in an extension of '\(extended.type.name)'", first.name)
            }
            nestedInExtensions += nested
            extensions.append(extended)
        }
        // (First, as a type's own nested types come before it: its members may use them.)
        declared = nestedInExtensions + declared
        let structCount = declared.count
        declared += extensions
        var statics: [(VariableDeclSyntax, NominalType)] = []
        for i in declared.indices {
            let d = declared[i]
            declared[i].firstInitializer = d.type.initializers.count
            if i < structCount { try inheritMembers(d.type, d.name) }
            // Member types name the type's nested types (`var inner: Inner`).
            scope.declaringType = d.type
            defer { scope.declaringType = nil }
            let savedParameters = d.type.typeParameters
            d.type.typeParameters.merge(d.typeParameterBindings) { _, bound in bound }
            defer { d.type.typeParameters = savedParameters }
            for member in d.members where !isNestedType(member.decl) {
                if let v = member.decl.as(VariableDeclSyntax.self), isTypeProperty(v) {
                    // Computed ones are getters, declared now so that subclasses and conforming types get them.
                    if v.bindings.allSatisfy({ $0.accessorBlock != nil }) {
                        try declareStaticComputed(v, in: d.type)
                    } else if d.type.isProtocol, let stored = v.bindings.first(where: { $0.accessorBlock == nil }) {
                        throw fail("static stored properties not supported in protocol extensions", stored.pattern)
                    } else if !topLevel, let stored = v.bindings.first(where: { $0.accessorBlock == nil }) {
                        throw unsupported("a static stored property of a type declared inside a function or block", stored.pattern)
                    } else {
                        statics.append((v, d.type))
                    }
                } else {
                    if i >= structCount, let v = member.decl.as(VariableDeclSyntax.self),
                        let stored = v.bindings.first(where: { $0.accessorBlock == nil }) {
                        throw fail("extensions must not contain stored properties", stored.pattern)
                    }
                    if d.type.isClass {
                        try declareClassMember(member.decl, in: d.type, overridable: i < structCount)
                    } else if d.type.isProtocol {
                        try declareProtocolExtensionMember(member.decl, in: d.type)
                    } else {
                        try declareMember(member.decl, in: d.type)
                    }
                }
            }
            if i < structCount, d.type.isClass { try finishClassInitializers(d) }
            // As in Swift, only an `init` in the declaration itself replaces the memberwise one.
            if i < structCount, d.type.kind == .enumeration { try synthesizeEnumMembers(d.type, d.name) }
            if i < structCount, d.type.kind == .structure, d.type.initializers.isEmpty {
                d.type.initializers = [memberwiseInitializer(d.type)]
            }
        }
        for d in declared[structCount...] { try propagateExtension(of: d.type, d.name) }
        for d in declared { try checkNativeRequirements(d) }
        let stores = try statics.map { v, type in StmtBox(run: try declareStaticProperties(v, in: type)) }
        try checkConformances(declared)
        return (declared, stores)
    }

    /// A cell's classes in an order that declares each superclass before its subclasses (Swift lets a
    /// subclass come first in the source); otherwise in source order.
    static func superclassesFirst(_ classes: [ClassDeclSyntax]) -> [ClassDeclSyntax] {
        var pending = classes, ordered: [ClassDeclSyntax] = []
        func superclassName(_ c: ClassDeclSyntax) -> String? { c.inheritanceClause?.inheritedTypes.first?.type.trimmedDescription }
        while !pending.isEmpty {
            let waiting = Set(pending.map(\.name.text))
            // A class waits while its superclass is still pending (a cycle is declared as written, and reported).
            let index = pending.firstIndex { superclassName($0).map { !waiting.contains($0) } ?? true } ?? 0
            ordered.append(pending.remove(at: index))
        }
        return ordered
    }

    /// The protocols a struct may conform to so far (synthesised `==`; `description` for `print`;
    /// synthesised hashing, which makes a value a dictionary key; `Hashable` implies `Equatable`;
    /// `Error`, which makes a value throwable).
    static let supportedConformances: Set<String> = ["Equatable", "CustomStringConvertible", "CustomDebugStringConvertible", "Hashable", "Comparable", "Error",
                                                     "Sequence", "IteratorProtocol", "Sendable"]

    /// The type an `extension` adds to (a struct declared in this cell or an earlier one), with the
    /// conformances it declares.
    func extendedType(_ e: ExtensionDeclSyntax) throws -> DeclaredStruct {
        if let id = e.extendedType.as(IdentifierTypeSyntax.self), id.genericArgumentClause == nil,
            scope.lookup(id.name.text)?.binding.type.declaredType == nil,
            Lowerer.extensibleBuiltins.contains(id.name.text) || rt.nativeTypes[id.name.text] != nil {
            return try builtinExtension(e, id)
        }
        _ = try memberModifiers(e.modifiers, allowed: [])
        try checkAttributes(e.attributes)
        // `extension Loader.Failure`: a nested type.
        if let member = e.extendedType.as(MemberTypeSyntax.self), member.genericArgumentClause == nil,
            case .nominal(let type)? = try? resolveType(e.extendedType) {
            try addExtensionConformances(e, to: type)
            return DeclaredStruct(members: e.memberBlock.members, type: type, name: member.name, inheritance: e.inheritanceClause,
                                  conformanceNode: Syntax(e.extensionKeyword))
        }
        guard let id = e.extendedType.as(IdentifierTypeSyntax.self), id.genericArgumentClause == nil else {
            throw unsupported("an extension of '\(e.extendedType.trimmedDescription)'", e.extendedType)
        }
        guard let type = scope.lookup(id.name.text)?.binding.type.declaredType else {
            if (try? resolveType(e.extendedType)) != nil {
                throw unsupported("an extension of the built-in type '\(id.name.text)'", e.extendedType)
            }
            throw fail("cannot find type '\(id.name.text)' in scope", e.extendedType)
        }
        let bindings = try e.genericWhereClause.map { try whereBindings($0, of: type) } ?? [:]
        // A conditional conformance (`extension Pair: Equatable where A: Equatable`) holds for every
        // value, as the members of a constrained extension are available on every value.
        try addExtensionConformances(e, to: type)
        return DeclaredStruct(members: e.memberBlock.members, type: type, name: id.name, inheritance: e.inheritanceClause,
                              conformanceNode: Syntax(e.extensionKeyword), typeParameterBindings: bindings)
    }

    /// The conformances an `extension` adds to a declared type, checked as Swift checks them.
    private func addExtensionConformances(_ e: ExtensionDeclSyntax, to type: NominalType) throws {
        for inherited in e.inheritanceClause?.inheritedTypes ?? [] {
            let name = inherited.type.trimmedDescription
            if try declaredProtocol(inherited.type, conformedBy: type) { continue }
            let supported = type.kind == .enumeration ? Lowerer.enumConformances : Lowerer.supportedConformances
            guard supported.contains(name) || rt.nativeProtocols[name] != nil else {
                throw unsupported("conformance to '\(name)'", inherited.type)
            }
            if type.kind == .enumeration {
                try addEnumConformance(name, to: type, inherited.type)
            } else {
                type.conformances.insert(name)
                if name == "Hashable" || name == "Comparable" { type.conformances.insert("Equatable") }
            }
        }
    }

    /// Declares a struct's name as a type in the current (top-level) scope.
    func declareStructName(_ s: StructDeclSyntax, prefix: String = "") throws -> NominalType {
        _ = try memberModifiers(s.modifiers, allowed: [])
        try checkAttributes(s.attributes)
        let name = prefix + s.name.text
        try checkRedeclaration(name, s.name)
        let type = NominalType(name: name, kind: .structure)
        rt.structTypes.append(type)
        try declareGenericParameters(s.genericParameterClause, s.genericWhereClause, of: type)
        for inherited in s.inheritanceClause?.inheritedTypes ?? [] {
            let name = inherited.type.trimmedDescription
            if try declaredProtocol(inherited.type, conformedBy: type) { continue }
            guard Lowerer.supportedConformances.contains(name) || rt.nativeProtocols[name] != nil else {
                throw unsupported("conformance to '\(name)'", inherited.type)
            }
            type.conformances.insert(name)
            if name == "Hashable" || name == "Comparable" { type.conformances.insert("Equatable") }
        }
        scope.declare(name, type: .metatype(type), mutable: false)
        return type
    }

    /// Declares one member (not a static property: those wait until every signature is known).
    func declareMember(_ decl: DeclSyntax, in type: NominalType) throws {
        if let v = decl.as(VariableDeclSyntax.self) { return try declareProperties(v, in: type) }
        if let f = decl.as(FunctionDeclSyntax.self) { return try declareMethod(f, in: type) }
        if let i = decl.as(InitializerDeclSyntax.self) { return try declareInitializer(i, in: type) }
        if let s = decl.as(SubscriptDeclSyntax.self) { return try declareSubscript(s, in: type) }
        if let c = decl.as(EnumCaseDeclSyntax.self) { return try declareCases(c, in: type) }
        if let t = decl.as(TypeAliasDeclSyntax.self) { return try declareMemberTypeAlias(t, in: type) }
        throw unsupported("\(declarationName(decl)) inside a struct", decl)
    }

    /// The type annotation of a binding of `var w, h: Double`: its own, or for one with neither an
    /// annotation nor a value, the next binding's (Swift gives `w` the type written after `h`).
    func sharedAnnotation(_ binding: PatternBindingSyntax, in bindings: PatternBindingListSyntax) -> TypeAnnotationSyntax? {
        if let own = binding.typeAnnotation { return own }
        guard binding.initializer == nil, binding.accessorBlock == nil else { return nil }
        for later in bindings[bindings.index(after: bindings.index(of: binding)!)...] {
            if let annotation = later.typeAnnotation { return annotation }
            if later.initializer != nil { return nil }
        }
        return nil
    }

    /// Stored and computed instance properties.
    func declareProperties(_ v: VariableDeclSyntax, in type: NominalType) throws {
        if try memberModifiers(v.modifiers, allowed: ["lazy"]).contains("lazy") { return try declareLazyProperty(v, in: type) }
        try checkAttributes(v.attributes)
        let mutable = v.bindingSpecifier.tokenKind == .keyword(.var)
        for binding in v.bindings {
            guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                throw unsupported("this pattern in a property declaration", binding.pattern)
            }
            let name = id.identifier.text
            try checkMemberRedeclaration(name, in: type, id)
            if let accessors = binding.accessorBlock, hasObservers(accessors) {
                try declareObservedProperty(binding, id, accessors, mutable: mutable, in: type)
                continue
            }
            let annotated = try sharedAnnotation(binding, in: v.bindings).map { try resolveType($0.type) }
            if let accessors = binding.accessorBlock {
                guard let annotated else { throw fail("computed property must have an explicit type", id) }
                try declareComputed(name, annotated, accessors, in: type)
                continue
            }
            if type.kind == .enumeration { throw fail("enums must not contain stored properties", id) }
            let (propertyType, defaultValue) = try storedDefault(binding, id, annotated, mutable: mutable, of: type)
            noteTypeArgumentSources(binding.typeAnnotation?.type, field: type.storedProperties.count, of: type)
            type.addStoredProperty(.init(name: name, type: propertyType, mutable: mutable, defaultValue: defaultValue))
        }
    }

    /// Records the names the cell's top-level `let`/`var`s declare (see `cellGlobals`).
    func noteCellGlobals(_ items: some Collection<CodeBlockItemSyntax>) {
        for item in items {
            guard case .decl(let decl) = item.item, let v = decl.as(VariableDeclSyntax.self) else { continue }
            for binding in v.bindings {
                if let id = binding.pattern.as(IdentifierPatternSyntax.self) { cellGlobals[id.identifier.text] = binding }
            }
        }
    }

    /// A stored property's type and default value (as in Swift, an optional `var` without one starts
    /// as nil). An annotated default is lowered with the member bodies, so that it may name a global
    /// declared anywhere in the cell; an unannotated one is lowered now, for its type, unless it
    /// names such a global (then its type is found by a trial lowering, and it is lowered later too).
    func storedDefault(_ binding: PatternBindingSyntax, _ id: IdentifierPatternSyntax, _ annotated: StaticType?, mutable: Bool,
                       of type: NominalType) throws -> (StaticType, CodeBox?) {
        if let annotated, let initializer = binding.initializer {
            let pending = PendingDefault(expression: initializer.value, type: annotated, owner: type)
            pendingDefaults.append(pending)
            return (annotated, CodeBox { f in try pending.code(f) })
        }
        if let initializer = binding.initializer {
            do {
                let value = try lowerDefault(initializer.value, nil)
                return (value.type, CodeBox(run: value.code))
            } catch let error as SemanticError {
                // It may name a global declared in this cell, which is lowered after the types, or
                // construct a type whose initializers are declared after this one's members.
                guard let probed = constructedType(initializer.value) ?? (try? typeNamingCellGlobals(initializer.value)) else {
                    throw error
                }
                let pending = PendingDefault(expression: initializer.value, type: probed, owner: type)
                pendingDefaults.append(pending)
                return (probed, CodeBox { f in try pending.code(f) })
            }
        }
        guard let propertyType = annotated else { throw fail("type annotation missing in pattern", id) }
        if mutable, case .optional = propertyType { return (propertyType, CodeBox { _ in .none }) }
        return (propertyType, nil)
    }

    /// The type `T(…)` constructs, when `e` is such a call of a struct or class of the notebook.
    func constructedType(_ e: ExprSyntax) -> StaticType? {
        guard let call = e.as(FunctionCallExprSyntax.self), let ref = call.calledExpression.as(DeclReferenceExprSyntax.self),
            case .metatype(let type)? = scope.lookup(ref.baseName.text)?.binding.type, type.kind != .protocolType else { return nil }
        return .nominal(type)
    }

    /// The type of an expression that names globals of this cell not declared yet: lowered (and
    /// discarded) in a scope where each has its declared type, or the type of its own initial value.
    func typeNamingCellGlobals(_ e: ExprSyntax) throws -> StaticType? {
        let names = Set(e.tokens(viewMode: .sourceAccurate).compactMap { token -> String? in
            guard case .identifier(let name) = token.tokenKind, cellGlobals[name] != nil, scope.lookup(name) == nil else { return nil }
            return name
        })
        guard !names.isEmpty else { return nil }
        let outer = scope
        defer { scope = outer }
        let probe = FunctionScope(parent: outer)
        for name in names.sorted() {
            guard let binding = cellGlobals[name] else { continue }
            scope = FunctionScope(parent: outer)
            guard let type = try binding.typeAnnotation.map({ try resolveType($0.type) })
                ?? binding.initializer.map({ try lower($0.value).type }) else { return nil }
            probe.declare(name, type: type, mutable: true)
        }
        scope = probe
        return try lower(e).type
    }

    /// Lowers the cell's pending default values, each in its type's context.
    func lowerPendingDefaults(from start: Int = 0) throws {
        defer { pendingDefaults.removeSubrange(start...) }
        for pending in pendingDefaults[start...] {
            scope.declaringType = pending.owner
            defer { scope.declaringType = nil }
            pending.code = try lowerDefault(pending.expression, pending.type, isArgument: pending.isArgument).code
        }
    }

    /// A stored property's default value (or an associated value's, `isArgument`): lowered in a
    /// scope of its own, whose code reads only globals, so it runs in any initializer's frame.
    func lowerDefault(_ e: ExprSyntax, _ annotated: StaticType?, isArgument: Bool = false) throws -> Typed {
        let outer = scope
        let inner = FunctionScope(parent: outer)
        scope = inner
        defer { scope = outer }
        let lowered = try lower(e, expected: annotated)
        guard inner.slotCount == 0 else { throw unsupported("this default value", e) }
        guard let annotated else { return lowered }
        return try isArgument ? coerceDefaultArgument(lowered, to: annotated, e) : coerce(lowered, to: annotated, e)
    }

    /// A get-only computed property: a method without parameters, called when the property is read.
    func declareComputed(_ name: String, _ result: StaticType, _ accessors: AccessorBlockSyntax,
                         in type: NominalType) throws {
        if case .accessors(let list) = accessors.accessors {
            for accessor in list {
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.get): continue
                case .keyword(.set):
                    let setter = Signature(labels: [nil], types: [result], hasDefault: [false], defaults: DefaultValues(),
                                           result: .void)
                    type.setters[name] = Method(name: name, signature: setter, isMutating: true, hasSelf: true)
                case .keyword(.willSet), .keyword(.didSet):
                    throw unsupported("a property observer ('\(accessor.accessorSpecifier.text)')", accessor.accessorSpecifier)
                default:
                    throw unsupported("'\(accessor.accessorSpecifier.text)' in a computed property", accessor.accessorSpecifier)
                }
            }
        }
        let signature = Signature(labels: [], types: [], hasDefault: [], defaults: DefaultValues(), result: result)
        type.computed[name] = Method(name: name, signature: signature, isMutating: false, hasSelf: true)
    }

    /// `static var name: T { … }`: static getters without parameters, called on each `Type.name`
    /// (their bodies are lowered with the other member bodies).
    func declareStaticComputed(_ v: VariableDeclSyntax, in type: NominalType) throws {
        // (`class var` in a class: a subclass may override it, `override class var`.)
        let modifiers = try memberModifiers(v.modifiers, allowed: type.isClass ? ["static", "class", "override", "final"] : ["static"])
        try checkAttributes(v.attributes)
        for binding in v.bindings {
            guard let id = binding.pattern.as(IdentifierPatternSyntax.self), let accessors = binding.accessorBlock else {
                throw unsupported("this pattern in a property declaration", binding.pattern)
            }
            let inherited = type.superclass?.staticComputed[id.identifier.text]
            if modifiers.contains("override") {
                guard let inherited, type.staticComputed[id.identifier.text] === inherited else {
                    throw fail("property does not override any property from its superclass", id)
                }
                type.staticComputed[id.identifier.text] = nil
            }
            try checkMemberRedeclaration(id.identifier.text, in: type, id)
            guard let annotation = binding.typeAnnotation else { throw fail("computed property must have an explicit type", id) }
            if case .accessors(let list) = accessors.accessors,
                let other = list.first(where: { $0.accessorSpecifier.tokenKind != .keyword(.get) }) {
                throw unsupported("'\(other.accessorSpecifier.text)' in a static computed property", other.accessorSpecifier)
            }
            let signature = Signature(labels: [], types: [], hasDefault: [], defaults: DefaultValues(),
                                      result: try resolveType(annotation.type))
            type.staticComputed[id.identifier.text] = Method(name: id.identifier.text, signature: signature, isMutating: false,
                                                             hasSelf: false)
        }
    }

    /// Whether `v` declares type properties: `static`, or `class` (computed, in a class).
    func isTypeProperty(_ v: VariableDeclSyntax) -> Bool {
        v.modifiers.contains { $0.name.text == "static" || $0.name.text == "class" }
    }

    /// `static let`/`static var`: slots of the session's global frame, initialised where the
    /// struct is declared.
    func declareStaticProperties(_ v: VariableDeclSyntax, in type: NominalType) throws -> StmtCode {
        _ = try memberModifiers(v.modifiers, allowed: ["static"])
        try checkAttributes(v.attributes)
        let mutable = v.bindingSpecifier.tokenKind == .keyword(.var)
        var stores: [StmtBox] = []
        // (`Self` and the type's nested types name what they do in its members.)
        let outerType = scope.declaringType
        scope.declaringType = type
        defer { scope.declaringType = outerType }
        for binding in v.bindings {
            guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                throw unsupported("this pattern in a property declaration", binding.pattern)
            }
            if let accessors = binding.accessorBlock { throw unsupported("a static computed property beside a stored one", accessors) }
            let name = id.identifier.text
            try checkMemberRedeclaration(name, in: type, id)
            let annotated = try binding.typeAnnotation.map { try resolveType($0.type) }
            guard let initializer = binding.initializer else { throw fail("'static var' declaration requires an initializer expression", id) }
            let lowered = try lower(initializer.value, expected: annotated)
            let value = try annotated.map { try coerce(lowered, to: $0, initializer.value) } ?? lowered
            // A name no notebook can spell, so only `Type.name` reaches the slot.
            let slot = scope.declare("\(type.name).\(name)", type: value.type, mutable: mutable).slot
            type.staticProperties[name] = (slot, value.type, mutable)
            let code = value.code
            stores.append(StmtBox { f in
                f.slots[slot] = try code(f)
                return .normal
            })
        }
        return sequence(stores)
    }

    /// An instance or static method's signature.
    func declareMethod(_ f: FunctionDeclSyntax, in type: NominalType) throws {
        try withTypeParameters(of: f) { try declareMethodSignature(f, in: type) }
    }

    private func declareMethodSignature(_ f: FunctionDeclSyntax, in type: NominalType) throws {
        let throwing = try isThrowing(f.signature.effectSpecifiers)
        let modifiers = try memberModifiers(f.modifiers, allowed: ["static", "mutating", "prefix"])
        try checkAttributes(f.attributes)
        let name = f.name.text
        var signature = try signature(f.signature.parameterClause, result: f.signature.returnClause)
        let isStatic = modifiers.contains("static")
        if modifiers.contains("prefix") {
            // `static prefix func - (v: Vec) -> Vec`, kept under a key no method name can have.
            guard isStatic, case .binaryOperator = f.name.tokenKind, ["-", "+", "!"].contains(name), signature.types.count == 1 else {
                throw unsupported("this prefix operator implementation", f.name)
            }
            signature.throwing = throwing
            signature.thrownType = try thrownType(f.signature.effectSpecifiers)
            signature.labels = [nil]
            let key = Self.prefixOperatorKey(name)
            try checkMemberRedeclaration(key, in: type, f.name)
            type.staticMethods[key] = Method(name: name, signature: signature, isMutating: false, hasSelf: false)
            return
        }
        let table = isStatic ? type.staticMethods : type.methods
        var key = Self.methodKey(name, labels: signature.labels, in: table)
        if case .binaryOperator = f.name.tokenKind {
            // Operators are overloaded by their operand types (`Vec * Double` beside `Double * Vec`).
            if Self.operatorOverloads(name, in: table).contains(where: { $0.signature.types == signature.types }) {
                throw fail("invalid redeclaration of '\(name)'", f.name)
            }
            key = Self.operatorKey(name, types: signature.types, in: table)
        } else if let same = table[key], same.signature.labels == signature.labels, same.signature.types != signature.types {
            // Overloads by parameter type (`scale(_ x: Double)` beside `scale(_ xs: [Double])`) of structs and enums.
            guard !type.isClass, !type.isProtocol, !isStatic else {
                throw unsupported("overloading the method '\(name)' by parameter type", f.name)
            }
            key = Self.typedMethodKey(name, labels: signature.labels, types: signature.types)
            if table[key] != nil { throw fail("invalid redeclaration of '\(name)'", f.name) }
        }
        if type.isProtocol, key != name {
            throw unsupported("overloading the protocol member '\(name)' by argument labels", f.name)
        }
        try checkMemberRedeclaration(key, in: type, f.name)
        signature.throwing = throwing
        signature.thrownType = try thrownType(f.signature.effectSpecifiers)
        signature.isRethrowing = isRethrowing(f.signature.effectSpecifiers)
        if case .binaryOperator = f.name.tokenKind {
            let compound = Lowerer.compoundAssignments.contains(name) && signature.inoutParameters == [0]
            guard isStatic, signature.types.count == 2,
                Lowerer.arithmetic.contains(name) || Lowerer.comparisons.contains(name) || compound || Self.isCustomInfixOperator(name) else {
                throw unsupported("this operator implementation", f.name)
            }
            // Operands are never labelled.
            signature.labels = [nil, nil]
            rt.declaredOperators.insert(name)
        }
        let method = Method(name: name, signature: signature, isMutating: modifiers.contains("mutating"), hasSelf: !isStatic)
        if !isStatic {
            noteTypeParameterOfParameters(method, f.signature.parameterClause.parameters.map(\.type), in: type,
                                          except: Set(f.genericParameterClause?.parameters.map(\.name.text) ?? []))
        }
        if isStatic { type.staticMethods[key] = method } else { type.methods[key] = method }
    }

    /// Notes which of a generic type's method's parameters are of one of the type's parameters
    /// (`func push(_ x: Element)`), so that an integer literal passed there follows the receiver's
    /// recorded argument (`Lowerer.literalArgumentConversion`). `own` are the method's own type parameters.
    private func noteTypeParameterOfParameters(_ method: Method, _ parameterTypes: [TypeSyntax], in type: NominalType,
                                               except own: Set<String> = []) {
        guard !type.genericParameters.isEmpty else { return }
        for (i, parameterType) in parameterTypes.enumerated() {
            guard let id = parameterType.as(IdentifierTypeSyntax.self), id.genericArgumentClause == nil,
                !own.contains(id.name.text), let k = type.genericParameters.firstIndex(of: id.name.text) else { continue }
            method.typeParameterOfParameter.append((i, k))
        }
    }

    /// `subscript(i: Int) -> T { get set }`: a getter taking the arguments, and a setter taking them
    /// and the new value. As in Swift, a subscript's parameters have no argument labels unless
    /// the declaration gives one (`subscript(row r: Int)`). A type may have several subscripts that
    /// differ in their labels or their number of parameters.
    func declareSubscript(_ s: SubscriptDeclSyntax, in type: NominalType) throws {
        if let generics = s.genericParameterClause { throw unsupported("a generic subscript", generics) }
        if let modifier = s.modifiers.first { throw unsupported("modifier '\(modifier.name.text)'", modifier) }
        try checkAttributes(s.attributes)
        var getter = try signature(s.parameterClause, result: s.returnClause)
        getter.labels = Self.subscriptLabels(s)
        if type.subscripts.contains(where: { $0.getter.signature.labels == getter.labels }) {
            throw unsupported("overloading a subscript by parameter type", s.subscriptKeyword)
        }
        var declared = Subscript(getter: Method(name: "subscript", signature: getter, isMutating: false, hasSelf: true))
        defer { type.subscripts.append(declared) }
        guard case .accessors(let list)? = s.accessorBlock?.accessors else { return }
        for accessor in list {
            switch accessor.accessorSpecifier.tokenKind {
            case .keyword(.get): continue
            case .keyword(.set):
                let setter = Signature(labels: getter.labels + [nil], types: getter.types + [getter.result],
                                       hasDefault: getter.hasDefault + [false], defaults: DefaultValues(), result: .void)
                let method = Method(name: "subscript", signature: setter, isMutating: true, hasSelf: true)
                // (`m[i, j] = 4` on a `Matrix<Double>`: the new value is a parameter of type `T` too.)
                noteTypeParameterOfParameters(method, s.parameterClause.parameters.map(\.type) + [s.returnClause.type], in: type)
                declared.setter = method
            default:
                throw unsupported("'\(accessor.accessorSpecifier.text)' in a subscript", accessor.accessorSpecifier)
            }
        }
    }

    /// A subscript's argument labels: only those the declaration spells twice (`subscript(row r: Int)`).
    static func subscriptLabels(_ s: SubscriptDeclSyntax) -> [String?] {
        s.parameterClause.parameters.map { $0.secondName == nil || $0.firstName.tokenKind == .wildcard ? nil : $0.firstName.text }
    }

    /// An `init` the author wrote (which, as in Swift, replaces the memberwise initializer).
    func declareInitializer(_ i: InitializerDeclSyntax, in type: NominalType) throws {
        if let mark = i.optionalMark, mark.tokenKind != .postfixQuestionMark {
            throw unsupported("an implicitly unwrapped failable initializer", mark)
        }
        if let generics = i.genericParameterClause { throw unsupported("a generic initializer", generics) }
        let throwing = try isThrowing(i.signature.effectSpecifiers)
        _ = try memberModifiers(i.modifiers, allowed: [])
        try checkAttributes(i.attributes)
        var signature = try signature(i.signature.parameterClause, result: nil)
        signature.throwing = throwing
        signature.thrownType = try thrownType(i.signature.effectSpecifiers)
        signature.result = type.extendedBuiltin ?? .nominal(type)
        type.initializers.append(Method(name: "init", signature: signature, isMutating: true, hasSelf: true,
                                        isFailable: i.optionalMark != nil))
    }

    /// Swift's memberwise initializer: one parameter per stored property in order, except `let`s
    /// with a default; a `var` with a default may be left out.
    func memberwiseInitializer(_ type: NominalType) -> Method {
        let properties = type.storedProperties
        let parameters = properties.filter { $0.mutable || $0.defaultValue == nil }
        let signature = Signature(labels: parameters.map { $0.lazyName ?? $0.name }, types: parameters.map(\.type),
                                  hasDefault: parameters.map { $0.defaultValue != nil }, defaults: DefaultValues(),
                                  result: .nominal(type))
        signature.defaults.codes = parameters.map { $0.defaultValue?.run }
        let method = Method(name: "init", signature: signature, isMutating: false, hasSelf: false)
        method.isMemberwise = parameters.count == properties.count
        // Each field comes from its parameter's slot, or (a `let` with a default) from the default.
        var next = 0
        let sources: [(slot: Int, value: CodeBox?)] = properties.map { p in
            guard p.mutable || p.defaultValue == nil else { return (-1, p.defaultValue) }
            next += 1
            return (next - 1, nil)
        }
        let code: Code = { f in
            var fields: [Value] = []
            fields.reserveCapacity(sources.count)
            for source in sources {
                fields.append(try source.value?.run(f) ?? f.slots[source.slot])
            }
            return .structure(StructValue(type: type, fields: fields))
        }
        let body = InterpretedBody(frameSize: parameters.count, code: code, int: nil, double: nil,
                                   mayCaptureFrame: false, needsClearing: true)
        method.function = Function(name: type.name, parameterCount: parameters.count,
                                   body: .interpreted(body, captured: globalFrame))
        return method
    }

    /// Rejects a second member of the same name, as Swift does (methods cannot be overloaded here).
    func checkMemberRedeclaration(_ name: String, in type: NominalType, _ node: some SyntaxProtocol) throws {
        if type.hasInstanceMember(name) || type.staticProperties[name] != nil || type.staticMethods[name] != nil
            || type.staticComputed[name] != nil {
            throw fail("invalid redeclaration of '\(name)'", node)
        }
    }

    /// The modifiers of a type or member: those in `allowed`, and access modifiers (which change
    /// nothing in a notebook).
    func memberModifiers(_ modifiers: DeclModifierListSyntax, allowed: Set<String>) throws -> Set<String> {
        var found: Set<String> = []
        for modifier in modifiers {
            let name = modifier.name.text
            if ["private", "fileprivate", "internal", "public"].contains(name) { continue }
            // Reference-counting modifiers: references here are strong (see docs/language.md, Deviations).
            if name == "weak" || name == "unowned" { continue }
            guard allowed.contains(name) else { throw unsupported("modifier '\(name)'", modifier) }
            found.insert(name)
        }
        return found
    }

    /// Swift for TensorFlow's attributes and `@discardableResult` (nbrun never warns about an unused
    /// result) are accepted and change nothing; others are unsupported.
    func checkAttributes(_ attributes: AttributeListSyntax) throws {
        for attribute in attributes {
            guard case .attribute(let a) = attribute,
                ["differentiable", "noDerivative", "inlinable", "discardableResult"].contains(a.attributeName.trimmedDescription) else {
                throw unsupported("attribute '\(attribute.trimmedDescription)'", attribute)
            }
        }
    }
}
