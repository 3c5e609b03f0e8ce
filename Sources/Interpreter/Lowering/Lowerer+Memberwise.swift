import SwiftSyntax

extension Lowerer {
    /// `Vec3(x: a, y: b, z: c)`: a call of a struct's memberwise initializer with every argument
    /// given, built directly from the arguments (evaluated left to right, as the call would); nil
    /// when `initializer` is not such a call.
    ///
    /// The memberwise initializer's body only stores its parameters, so the value it would return
    /// is exactly the arguments as fields: no callee frame, no depth check and no call bookkeeping
    /// for what is an operator method's usual result (`static func + (a: Vec3, b: Vec3) -> Vec3`).
    func memberwiseConstruction(_ type: NominalType, _ initializer: Method, _ args: [CallArgument],
                                _ e: some SyntaxProtocol) throws -> Typed? {
        guard initializer.isMemberwise, type.kind == .structure else { return nil }
        let matched = try matchArguments(initializer.signature, args, e)
        guard matched.count == type.storedProperties.count, matched.allSatisfy({ $0 != nil }) else { return nil }
        let codes = matched.map { CodeBox(run: $0!.code) }
        return Typed(.nominal(type)) { f in
            var fields: [Value] = []
            fields.reserveCapacity(codes.count)
            for code in codes { fields.append(try code.run(f)) }
            return .structure(StructValue(type: type, fields: fields))
        }
    }
}
