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
        // Up to four fields, each argument's code is held by the closure itself: calling a closure
        // held in a context retains nothing, where taking one out of an array retains it every time.
        switch codes.count {
        case 1:
            let a = codes[0].run
            return Typed(.nominal(type)) { f in .structure(StructValue(type: type, fields: [try a(f)])) }
        case 2:
            let a = codes[0].run, b = codes[1].run
            return Typed(.nominal(type)) { f in .structure(StructValue(type: type, fields: [try a(f), try b(f)])) }
        case 3:
            let a = codes[0].run, b = codes[1].run, c = codes[2].run
            return Typed(.nominal(type)) { f in .structure(StructValue(type: type, fields: [try a(f), try b(f), try c(f)])) }
        case 4:
            let a = codes[0].run, b = codes[1].run, c = codes[2].run, d = codes[3].run
            return Typed(.nominal(type)) { f in
                .structure(StructValue(type: type, fields: [try a(f), try b(f), try c(f), try d(f)]))
            }
        default:
            let appendFields = StepChain.appending(codes.map(\.run)), count = codes.count
            return Typed(.nominal(type)) { f in
                var fields: [Value] = []
                fields.reserveCapacity(count)
                try appendFields(f, &fields)
                return .structure(StructValue(type: type, fields: fields))
            }
        }
    }
}
