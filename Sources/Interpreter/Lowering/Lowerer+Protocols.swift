import SwiftSyntax

extension Lowerer {
    /// Declares a `protocol`'s name as a type, with the protocols it refines and its associated
    /// types; its requirements wait for `declareRequirements`, so that they may name any type the
    /// cell declares.
    func declareProtocolName(_ p: ProtocolDeclSyntax) throws -> NominalType {
        if let clause = p.genericWhereClause { throw unsupported("a protocol with a 'where' clause", clause) }
        _ = try memberModifiers(p.modifiers, allowed: [])
        try checkAttributes(p.attributes)
        try checkRedeclaration(p.name.text, p.name)
        let type = NominalType(name: p.name.text, kind: .protocolType)
        for inherited in p.inheritanceClause?.inheritedTypes ?? [] {
            let name = inherited.type.trimmedDescription
            if name == "AnyObject" {
                // A class-bound protocol: its values are instances, compared with `===`.
                type.conformances.insert("AnyObject")
                continue
            }
            let declared = scope.lookup(name)?.binding.type.declaredType
            // A host protocol (`protocol Model: Layer`) or one of Swift's a type may conform to
            // (`protocol Node: CustomStringConvertible`), unless the notebook declared its own of that
            // name: conforming types conform to it too.
            if declared == nil, rt.nativeProtocols[name] != nil || Lowerer.refinableStandardProtocols.contains(name) {
                type.conformances.insert(name)
                continue
            }
            guard let parent = declared, parent.isProtocol else {
                throw unsupported("a protocol refining '\(name)'", inherited.type)
            }
            type.protocols.append(parent)
            type.conformances.formUnion(parent.conformances)
        }
        for member in p.memberBlock.members {
            if let associated = member.decl.as(AssociatedTypeDeclSyntax.self) { type.typeAliases[associated.name.text] = .unknown }
        }
        scope.declare(p.name.text, type: .metatype(type), mutable: false)
        return type
    }

    /// Declares a protocol's instance requirements, as signatures, after those of the protocols it
    /// refines (declared before it), whose requirements and default implementations it takes over.
    func declareRequirements(_ p: ProtocolDeclSyntax, of type: NominalType) throws {
        for parent in type.protocols {
            type.requirements.formUnion(parent.requirements)
            type.methods.merge(parent.methods) { own, _ in own }
            type.computed.merge(parent.computed) { own, _ in own }
            type.setters.merge(parent.setters) { own, _ in own }
            type.defaults.merge(parent.defaults) { own, _ in own }
            type.typeAliases.merge(parent.typeAliases) { own, _ in own }
        }
        // `Self` in a requirement is the protocol itself (a conforming type's member returns its own type).
        let previousSelf = scope.selfType
        scope.selfType = type
        defer { scope.selfType = previousSelf }
        for member in p.memberBlock.members { try declareRequirement(member.decl, in: type) }
    }

    /// One requirement: an instance method (`mutating` allowed) or property (`{ get }` or
    /// `{ get set }`). Static and `init` requirements are accepted; conformance does not check them.
    func declareRequirement(_ decl: DeclSyntax, in type: NominalType) throws {
        if let f = decl.as(FunctionDeclSyntax.self) {
            if let body = f.body { throw fail("protocol methods must not have bodies", body) }
            if let generics = f.genericParameterClause { throw unsupported("a generic method", generics) }
            if let effects = f.signature.effectSpecifiers { throw unsupported("'\(effects.trimmedDescription)'", effects) }
            let modifiers = try memberModifiers(f.modifiers, allowed: ["static", "mutating"])
            if modifiers.contains("static") { return }
            let signature = try signature(f.signature.parameterClause, result: f.signature.returnClause)
            if let existing = type.methods[f.name.text], existing.signature.labels != signature.labels {
                throw unsupported("overloading the protocol member '\(f.name.text)' by argument labels", f.name)
            }
            try checkMemberRedeclaration(f.name.text, in: type, f.name)
            type.methods[f.name.text] = Method(name: f.name.text, signature: signature, isMutating: modifiers.contains("mutating"),
                                               hasSelf: true)
            type.requirements.insert(f.name.text)
            return
        }
        if let v = decl.as(VariableDeclSyntax.self) {
            let modifiers = try memberModifiers(v.modifiers, allowed: ["static"])
            if modifiers.contains("static") { return }
            for binding in v.bindings {
                guard let id = binding.pattern.as(IdentifierPatternSyntax.self), let annotation = binding.typeAnnotation,
                    let accessors = binding.accessorBlock else {
                    throw fail("property in protocol must have explicit { get } or { get set } specifier", binding)
                }
                try checkMemberRedeclaration(id.identifier.text, in: type, id)
                try declareComputed(id.identifier.text, try resolveType(annotation.type), accessors, in: type)
                type.requirements.insert(id.identifier.text)
            }
            return
        }
        if decl.is(InitializerDeclSyntax.self) { return }
        if decl.is(AssociatedTypeDeclSyntax.self) { return }  // declared with the protocol's name
        throw unsupported("\(declarationName(decl)) inside a protocol", decl)
    }

    /// Swift's protocols a notebook's protocol may refine (`protocol Node: CustomStringConvertible`); a type
    /// conforming to the notebook's protocol conforms to them too, with what they synthesise or require.
    static let refinableStandardProtocols: Set<String> = ["CustomStringConvertible", "Equatable", "Hashable", "Error"]

    /// If `syntax` names a protocol declared in the notebook, records that `type` conforms to it
    /// (checked by `checkConformances`) and returns true.
    func declaredProtocol(_ syntax: TypeSyntax, conformedBy type: NominalType) throws -> Bool {
        guard let id = syntax.as(IdentifierTypeSyntax.self), let p = scope.lookup(id.name.text)?.binding.type.declaredType,
            p.isProtocol else { return false }
        if !type.protocols.contains(where: { $0 === p }) { type.protocols.append(p) }
        type.conformances.formUnion(p.conformances.filter { rt.nativeProtocols[$0] != nil || Lowerer.refinableStandardProtocols.contains($0) })
        if type.conformances.contains("Hashable") { type.conformances.insert("Equatable") }  // (as Swift's `Hashable` refines it)
        return true
    }

    /// A member of a protocol extension: a default implementation of a requirement, or a member
    /// every conforming type gets (called without dispatch, as in Swift).
    func declareProtocolExtensionMember(_ decl: DeclSyntax, in type: NominalType) throws {
        // Declared on a scratch type by the struct path, then filed as a default or a new member.
        let scratch = NominalType(name: type.name, kind: .structure)
        try declareMember(decl, in: scratch)
        if !scratch.initializers.isEmpty { throw unsupported("an 'init' in a protocol extension", decl) }
        for (name, method) in scratch.methods {
            if type.requirements.contains(name), type.methods[name] != nil {
                type.defaults[name] = method
            } else {
                try checkMemberRedeclaration(name, in: type, decl)
                type.methods[name] = method
            }
        }
        for (name, getter) in scratch.computed {
            if scratch.setters[name] != nil { throw unsupported("a setter in a protocol extension", decl) }
            if type.requirements.contains(name), type.computed[name] != nil {
                type.defaults[ClassTable.getterKey(name)] = getter
            } else {
                try checkMemberRedeclaration(name, in: type, decl)
                type.computed[name] = getter
            }
        }
        for (name, method) in scratch.staticMethods {
            try checkMemberRedeclaration(name, in: type, decl)
            type.staticMethods[name] = method
        }
        if !scratch.subscripts.isEmpty { throw unsupported("a subscript in a protocol extension", decl) }
    }

    /// Lowers the bodies of a protocol extension's members: `self` is the protocol (an
    /// existential), so its requirements are dispatched on the conforming value.
    func lowerProtocolExtensionBodies(_ declared: DeclaredStruct) throws {
        let type = declared.type
        for member in declared.members {
            if let f = member.decl.as(FunctionDeclSyntax.self), let body = f.body {
                let name = f.name.text
                let isStatic = f.modifiers.contains { $0.name.text == "static" }
                guard let method = isStatic ? type.staticMethods[name]
                    : type.requirements.contains(name) ? type.defaults[name] : type.methods[name] else { continue }
                try lowerMethod(method, of: type, body.statements, parameters(f.signature.parameterClause), closing: body.rightBrace,
                                opaqueResult: OpaqueResult(of: f))
            } else if let v = member.decl.as(VariableDeclSyntax.self) {
                let isStatic = v.modifiers.contains { $0.name.text == "static" }
                for binding in v.bindings {
                    guard let accessors = binding.accessorBlock,
                        let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else { continue }
                    let getter = isStatic ? type.staticComputed[name]
                        : type.requirements.contains(name) ? type.defaults[ClassTable.getterKey(name)] : type.computed[name]
                    guard let getter else { continue }
                    try lowerMethod(getter, of: type, getterStatements(accessors), [], closing: accessors.rightBrace)
                }
            }
        }
    }

    /// Checks every conformance the cell declares, now that all members are known, as swiftc
    /// does: each requirement is implemented by the type (or its superclass) or has a default.
    /// The type then gets the protocols' default implementations and extension members it lacks.
    func checkConformances(_ declared: [DeclaredStruct]) throws {
        for d in declared {
            let type = d.type
            if let superclass = type.superclass {
                // Members a superclass got from its protocols, and its static properties, in this same pass.
                type.methods.merge(superclass.methods) { own, _ in own }
                type.computed.merge(superclass.computed) { own, _ in own }
                type.staticProperties.merge(superclass.staticProperties) { own, _ in own }
            }
            guard let node = d.conformanceNode else { continue }
            // Swift synthesises `<` for enums only (by case order).
            if type.kind != .enumeration, type.conformances.contains("Comparable"), type.staticMethods["<"] == nil {
                throw fail("type '\(type.name)' does not conform to protocol 'Comparable'", node)
            }
            installOrdering(type)
            if type.isClass, type.conformances.contains("Equatable"), type.staticMethods["=="] == nil {
                // Swift synthesises `==` (and hashing) for structs, never for classes.
                let name = type.conformances.contains("Hashable") ? "Hashable" : "Equatable"
                throw fail("type '\(type.name)' does not conform to protocol '\(name)'", node)
            }
            try checkSequenceRequirements(type, node)
            for inherited in d.inheritance?.inheritedTypes ?? [] {
                guard let id = inherited.type.as(IdentifierTypeSyntax.self),
                    let p = scope.lookup(id.name.text)?.binding.type.declaredType, p.isProtocol else { continue }
                try conform(type, to: p, node)
            }
        }
    }

    /// Checks one conformance and copies the protocol's implementations into the type, then those of
    /// the protocols it refines, whose extensions (also those declared after `p`, or in a later cell)
    /// give defaults too.
    func conform(_ type: NominalType, to p: NominalType, _ node: Syntax) throws {
        let ancestors = Self.refinedProtocols(of: p)
        for q in [p] + ancestors where !q.inheritors.contains(where: { $0.type === type }) { q.inheritors.append(Inheritor(type: type)) }
        let defaults = { (key: String) in p.defaults[key] ?? ancestors.lazy.compactMap { $0.defaults[key] }.first }
        for name in p.requirements.sorted() {
            let satisfied: Bool
            if let requirement = p.methods[name] {
                satisfied = type.implementation(of: requirement) != nil || defaults(name) != nil
            } else {
                let stored = type.fieldIndex[name].map { type.storedProperties[$0] }
                let readable = stored != nil || type.computed[name] != nil || defaults(ClassTable.getterKey(name)) != nil
                let writable = stored?.mutable == true || type.setters[name] != nil
                satisfied = readable && (p.setters[name] == nil || writable)
            }
            guard satisfied else { throw unmetRequirement(name, of: p, by: type, node) }
        }
        if case .builtin = type.kind { registerBuiltinConformance(type.name, to: p) }
        for q in [p] + ancestors { adoptMembers(of: q, into: type) }
    }

    /// Every protocol `p` refines, directly or through others, nearest first.
    static func refinedProtocols(of p: NominalType) -> [NominalType] {
        var found: [NominalType] = []
        var pending = p.protocols.filter(\.isProtocol)
        while !pending.isEmpty {
            let q = pending.removeFirst()
            guard !found.contains(where: { $0 === q }) else { continue }
            found.append(q)
            pending += q.protocols.filter(\.isProtocol)
        }
        return found
    }

    /// Copies `q`'s default implementations and extension members the type lacks into the type.
    private func adoptMembers(of q: NominalType, into type: NominalType) {
        for (name, method) in q.methods {
            let key = Self.methodKey(name, labels: method.signature.labels, in: type.methods)
            guard type.methods[key] == nil else { continue }
            if let implementation = q.requirements.contains(name) ? q.defaults[name] : method { type.methods[key] = implementation }
        }
        // Static methods of the protocol's extensions (`Sq.describe()`), unless the type has its own.
        for (name, method) in q.staticMethods where type.staticMethods[name] == nil { type.staticMethods[name] = method }
        for (name, getter) in q.staticComputed where type.staticComputed[name] == nil { type.staticComputed[name] = getter }
        for (name, getter) in q.computed where type.computed[name] == nil && type.fieldIndex[name] == nil {
            let key = ClassTable.getterKey(name)
            if let implementation = q.requirements.contains(name) ? q.defaults[key] : getter { type.computed[name] = implementation }
        }
    }

    /// The error for requirement `name` of `p` that `type` does not implement. A built-in type may
    /// have the member itself (`String`'s `count`), which Swift accepts and nbrun does not yet.
    private func unmetRequirement(_ name: String, of p: NominalType, by type: NominalType, _ node: Syntax) -> SemanticError {
        if case .builtin = type.kind, Properties.property(name) != nil || Methods.method(name) != nil {
            return unsupported("the built-in member '\(name)' of '\(type.name)' as the implementation of a requirement of "
                               + "'\(p.name)' (declare '\(name)' in the extension)", node)
        }
        return fail("type '\(type.name)' does not conform to protocol '\(p.name)'", node)
    }

    /// Records that values of the built-in type `name` convert to `p` and to every protocol it refines.
    private func registerBuiltinConformance(_ name: String, to p: NominalType) {
        p.conformingBuiltins.insert(name)
        for parent in p.protocols { registerBuiltinConformance(name, to: parent) }
    }
}
