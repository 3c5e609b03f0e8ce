/// A type's own `static func ==` and `hash(into:)`, used wherever Swift's collections compare or hash
/// its values (`[p] == [q]`, `contains`, `firstIndex(of:)`, dictionary keys and set elements).
extension Lowerer {
    /// Installs `type.equals` and `type.hashInto` when the type declares them.
    func installOwnEquality(_ type: NominalType) {
        let rt = self.rt
        if type.equals == nil, let method = type.staticMethods["=="], !method.hasSelf,
            method.signature.types == [.nominal(type), .nominal(type)] {
            type.equals = { a, b in
                guard let fn = method.function else { throw RuntimeFailure("'==' is used before its declaration") }
                guard case .bool(let equal) = try rt.invoke(fn, a, b) else { throw RuntimeFailure("'==' did not return a Bool") }
                return equal
            }
        }
        if type.hashInto == nil, type.conformances.contains("Hashable"), let method = type.methods["hash"],
            method.hasSelf, method.signature.labels == ["into"] {
            type.hashInto = { value in
                guard let fn = method.function else { throw RuntimeFailure("'hash(into:)' is used before its declaration") }
                let hasher = HasherValue()
                _ = try rt.invoke(fn, value, .native(hasher))
                return hasher.combined
            }
        }
    }
}
