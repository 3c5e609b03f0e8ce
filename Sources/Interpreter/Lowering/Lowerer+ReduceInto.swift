import SwiftSyntax

extension Lowerer {
    /// `xs.reduce(into: initial) { acc, x in … }`: the closure's first parameter is `inout`, so it
    /// changes the accumulator in place (`$0[$1, default: 0] += 1`, `acc.append(x)`); the result is
    /// the accumulator after the last element. Nil for any other call.
    func reduceIntoCall(_ receiver: Typed, _ name: String, _ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed? {
        guard name == "reduce", args.count == 2, args[0].label == "into", args[1].label == nil else { return nil }
        guard let closure = args[1].expr.as(ClosureExprSyntax.self) else {
            throw unsupported("a function other than a closure literal passed to 'reduce(into:)'", args[1].expr)
        }
        if !receiver.type.isVague { try checkRethrowingCall(args, e) }
        let initial = try lower(args[0].expr)
        let element = receiver.type.elementType
        let update = try lowerClosure(closure, parameterTypes: [initial.type, element], mutableParameters: [0]).code
        let base = receiver.code, start = initial.code, position = pos(e), rt = self.rt
        return Typed(initial.type) { f in
            let elements = try at(position) { try Methods.elements(try base(f)) }
            var accumulator = try start(f)
            guard case .function(let fn) = try update(f) else { return accumulator }
            for x in elements {
                _ = try at(position) { try rt.callMutating(fn, on: &accumulator) { $0.slots[1] = x } }
            }
            return accumulator
        }
    }
}
