extension Lowerer {
    /// Checks that a type declaring conformance to a host protocol (`struct Model: Layer`) has the
    /// protocol's methods once all of its declarations (struct and extensions of this cell) are in.
    func checkNativeRequirements(_ d: DeclaredStruct) throws {
        for name in d.type.conformances.sorted() {
            guard let requirements = rt.nativeProtocols[name] else { continue }
            for requirement in requirements where d.type.methods[requirement] == nil {
                throw fail("type '\(d.type.name)' does not conform to protocol '\(name)' (it needs 'func \(requirement)')", d.name)
            }
        }
    }
}
