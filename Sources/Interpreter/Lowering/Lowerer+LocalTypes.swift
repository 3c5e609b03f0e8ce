/// Types declared inside a function or block (`func summarize(…) { struct Stats { … } … }`).
///
/// Such a type is declared like a top-level one, but only its own block sees its name. Its members
/// run like a top-level type's (their frames enclosed by the session's global frame), so they are
/// lowered in a scope of their own that sees the session's globals and the local types around them,
/// not the function's variables: Swift rejects a local type that closes over them.
import SwiftSyntax

extension Lowerer {
    /// A scope for the members of a type declared among `items`: the session's top level, then the
    /// types declared in the enclosing functions and blocks.
    func localTypeScope(beside items: some Collection<CodeBlockItemSyntax>) -> FunctionScope {
        var chain: [FunctionScope] = []
        var current: FunctionScope? = scope
        while let s = current, let parent = s.parent {
            chain.append(s)
            current = parent
        }
        let root = current ?? scope
        let local = FunctionScope(parent: root)
        // Outer scopes first, so that an inner type shadows an outer one of the same name.
        for s in chain.reversed() {
            for block in s.blocks {
                for (name, binding) in block {
                    if case .metatype = binding.type {
                        local.blocks[0][name] = binding
                        local.closedOverNames.remove(name)
                    } else {
                        local.blocks[0][name] = nil
                        local.closedOverNames.insert(name)
                    }
                }
            }
        }
        // The block's own variables are declared as its statements are lowered, after its types.
        for item in items {
            guard case .decl(let decl) = item.item, let v = decl.as(VariableDeclSyntax.self) else { continue }
            for binding in v.bindings {
                for name in binding.pattern.tokens(viewMode: .sourceAccurate) where name.tokenKind.isIdentifier {
                    local.closedOverNames.insert(name.text)
                }
            }
        }
        // The top level's own blocks (`do { … }` around a type) are globals, seen through `root`.
        return local
    }

    /// Lowers the member bodies and default values of the types a block declares (`structs`), once
    /// their names and signatures are known; the top level does this for its types after its
    /// functions instead.
    func lowerLocalTypeBodies(_ structs: [DeclaredStruct], beside items: some Collection<CodeBlockItemSyntax>,
                              pendingDefaultsFrom start: Int) throws {
        let enclosing = scope
        scope = localTypeScope(beside: items)
        defer { scope = enclosing }
        try lowerPendingDefaults(from: start)
        for s in structs { try lowerStructBodies(s) }
    }

    /// The error for a name found nowhere: Swift's wording when it is a variable or function of the
    /// function around the type whose member uses it.
    func cannotFind(_ name: String, _ node: some SyntaxProtocol) -> SemanticError {
        var current: FunctionScope? = scope
        while let s = current {
            if s.closedOverNames.contains(name), let type = scope.typeNamedSelf {
                let keyword = switch type.kind {
                case .classType: "class"
                case .enumeration: "enum"
                default: "struct"
                }
                return fail("\(keyword) declaration cannot close over value '\(name)' defined in outer scope", node)
            }
            current = s.parent
        }
        return fail("cannot find '\(name)' in scope", node)
    }
}
