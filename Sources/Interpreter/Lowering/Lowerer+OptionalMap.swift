import SwiftSyntax

extension Lowerer {
    /// `optional.map { … }` and `optional.flatMap { … }`: nil stays nil; otherwise the closure gets
    /// the wrapped value, and `map` wraps its result (`flatMap`'s is an optional already). Nil for a
    /// receiver that is not an optional or another method.
    func optionalMapCall(_ receiver: Typed, _ name: String, _ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed? {
        guard name == "map" || name == "flatMap", case .optional(let wrapped) = receiver.type,
            args.count == 1, args[0].label == nil else { return nil }
        try checkRethrowingCall(args, e)
        let transform = try lower(args[0].expr, expected: .function([wrapped], .unknown))
        var result: StaticType = .unknown
        if case .function(_, let r) = transform.type, r != .unknown {
            if name == "map" {
                result = .optional(r)
            } else if case .optional = r {
                result = r
            } else {
                throw fail("cannot convert value of type '\(r.name)' to closure result type '\(r.name)?'", args[0].expr)
            }
        }
        let base = receiver.code, code = transform.code, position = pos(e), rt = self.rt
        let wraps = name == "map"
        return Typed(result) { f in
            guard case .some(let value) = try base(f) else { return .none }
            guard case .function(let fn) = try code(f) else { return .none }
            let mapped = try at(position) { try rt.invoke(fn, value) }
            return wraps ? .some(mapped) : mapped.asOptional
        }
    }
}
