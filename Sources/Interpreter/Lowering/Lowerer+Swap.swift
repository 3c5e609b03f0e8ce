import SwiftSyntax

extension Lowerer {
    /// `swap(&a, &b)`, the standard library's: exchanges the values of two places (variables,
    /// stored properties, elements), with swiftc's errors for arguments that alias or overlap.
    func swapCall(_ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed {
        guard args.count == 2 else { throw fail(args.count < 2 ? "missing argument for parameter #2 in call" : "extra argument in call", e) }
        if let labelled = args.first(where: { $0.label != nil }) {
            throw fail("extraneous argument label '\(labelled.label!):' in call", labelled.expr)
        }
        var targets: [LValue] = []
        for argument in args {
            guard let amp = argument.expr.as(InOutExprSyntax.self) else {
                throw fail("passing value of type '\(try lower(argument.expr).type.name)' to an inout parameter requires explicit '&'", argument.expr)
            }
            targets.append(try inOutTarget(amp))
            allowedInOut.insert(amp.id)
        }
        let first = targets[0], second = targets[1]
        if first.depth == second.depth, first.slot == second.slot {
            if first.path.isEmpty || second.path.isEmpty {
                throw fail("inout arguments are not allowed to alias each other", args[1].expr)
            }
            if (first.path + second.path).contains(where: { if case .field = $0 { return false }; return true }) {
                throw fail("overlapping accesses to '\(first.name)', but modification requires exclusive access; consider calling MutableCollection.swapAt(_:_:)", args[0].expr)
            }
            // Two properties of one global: Swift checks a global's accesses at run time, and stops.
            if isGlobal(depth: first.depth) {
                let message = "Simultaneous accesses to '\(first.name)', but modification requires exclusive access."
                let position = pos(args[1].expr)
                return Typed(.void) { _ in throw RuntimeError(message: message, position: position) }
            }
        }
        if !first.type.isVague, !second.type.isVague, first.type != second.type {
            throw fail("cannot convert value of type '\(second.type.name)' to expected argument type '\(first.type.name)'", args[1].expr)
        }
        // Each place gives up its value for the other's: a's is held while b takes it, then a takes
        // b's. (The box is read right after each store, so a call in an index cannot disturb it;
        // the first place's indices are evaluated twice.)
        let position = pos(e)
        let held = ResultBox()
        let exchange = { (target: LValue) in
            self.store(target, position) { old, new in
                held.value = old
                old = new
            }
        }
        let exchangeFirst = exchange(first), exchangeSecond = exchange(second)
        return Typed(.void) { f in
            try exchangeFirst(f, .void)
            try exchangeSecond(f, held.value)
            try exchangeFirst(f, held.value)
            return .void
        }
    }

    /// Whether a variable `depth` scopes up from the code being lowered is a top-level one.
    private func isGlobal(depth: Int) -> Bool {
        if depth == Lowerer.globalDepth { return true }
        var owner: FunctionScope? = scope
        for _ in 0..<depth { owner = owner?.parent }
        return owner?.parent == nil
    }
}
