import SwiftSyntax

extension Lowerer {
    /// A key path of properties (`\.name`, `\Planet.moon.radius`, `\.self`) as the function from its
    /// root to the value, which is how Swift lets one stand where a function is expected
    /// (`shapes.map(\.area)`, `sorted { … }` aside). The root is the written type, or the parameter
    /// type the context expects.
    func keyPathFunction(_ e: KeyPathExprSyntax, expected: StaticType?) throws -> Typed {
        var rootType = StaticType.unknown
        if let root = e.root {
            rootType = try resolveType(root)
        } else if case .function(let parameters, _)? = expected, parameters.count == 1 {
            rootType = parameters[0]
        }
        let outer = scope
        let inner = FunctionScope(parent: outer)
        inner.returnType = .unknown
        scope = inner
        defer { scope = outer }
        // The root's slot has a name no source can spell, so nothing else reads it.
        let root = inner.declare("\\root", type: rootType, mutable: false)
        var value = read(depth: 0, slot: root.slot, type: rootType)
        let rootName = e.root?.trimmedDescription ?? rootType.name
        let spelling = "\\" + ([rootName] + e.components.map(\.trimmedDescription)).joined()
        for component in e.components {
            guard case .property(let property) = component.component else {
                throw unsupported("a key path with a subscript or optional component", component)
            }
            if property.declName.baseName.tokenKind == .keyword(.self) { continue }
            value = try self.property(property.declName.baseName.text, of: value, property.declName)
        }
        let body = InterpretedBody(frameSize: inner.slotCount, code: value.code, int: value.int, double: value.double,
                                   mayCaptureFrame: false, needsClearing: true)
        return Typed(.function([rootType], value.type)) { frame in
            .function(Function(name: spelling, parameterCount: 1, body: .interpreted(body, captured: frame)))
        }
    }

    /// `value[keyPath: path]`: the key path applied to the value.
    func keyPathRead(_ base: Typed, _ path: ExprSyntax, _ node: SubscriptCallExprSyntax) throws -> Typed {
        let function = try lower(path, expected: .function([base.type], .unknown))
        guard case .function(let parameters, let result) = function.type, parameters.count == 1 else {
            throw fail("cannot use value of type '\(function.type.name)' as a key path", path)
        }
        let value = base.code, apply = function.code, position = pos(node), rt = self.rt
        return Typed(result) { f in
            let root = try value(f)
            guard case .function(let read) = try apply(f) else { throw RuntimeError(message: "not a key path", position: position) }
            return try at(position) { try rt.invoke(read, [root]) }
        }
    }
}
