/// Lowering of direct calls (see `DirectCall`): declared `func`s called by name, at any depth and
/// with any number of parameters.
extension Lowerer {
    /// A call of the `func` in `slot` (`depth` frames out) with the matched arguments (nil where a
    /// default applies); an Int or Double result is passed on unboxed.
    func directCall(_ name: String, depth: Int, slot: Int, arguments: [Typed?], defaults: DefaultValues,
                    inOut: [InOutArgument], result: StaticType, position: SourcePosition) -> Typed {
        let callee: DirectCallee
        if depth == Lowerer.globalDepth || (depth == 0 && scope.parent == nil) {
            callee = .global(globalFrame.slots + slot)
        } else {
            callee = .nested(CodeBox(run: read(depth: depth, slot: slot, type: .unknown).code))
        }
        let argumentSources = arguments.map { a in
            a.map { DirectArgument($0, position, lendable: lendsVariables) } ?? .parameterDefault
        }
        let allGiven = arguments.allSatisfy { $0 != nil }
        let call = DirectCall(name: name, callee: callee, arguments: argumentSources, defaults: allGiven ? nil : defaults,
                              inOut: inOut, runtime: rt, position: position)
        return directCallResult(call, result)
    }

    /// A call of a function-typed value (`let f = { (a: Int, b: Int) in ... }; f(1, 2)`): an
    /// interpreted function receives the arguments straight into its frame (see `DirectCall`).
    func dynamicDirectCall(_ callee: Typed, arguments: [Typed], result: StaticType, position: SourcePosition) -> Typed {
        let call = DirectCall(name: "closure", callee: .dynamic(CodeBox(run: callee.code)),
                              arguments: arguments.map { DirectArgument($0, position, lendable: lendsVariables) },
                              defaults: nil, runtime: rt,
                              position: position)
        return directCallResult(call, result)
    }

    /// Whether the code being lowered may lend its variables to the calls it makes: a function or
    /// closure body that no closure or nested function keeps alive (at the top level, variables are
    /// globals, which a callee may change).
    var lendsVariables: Bool { scope.parent != nil && !scope.framesMayEscape }

    /// The step storing the arguments `matched` to a callee's parameters, none of them lent (an
    /// argument left out stays for its default value).
    func argumentStore(_ matched: [Typed?], _ position: SourcePosition) -> ArgumentStore.Run {
        ArgumentStore.run(matched.map { $0.map { DirectArgument($0, position) } ?? .parameterDefault }[...])
    }

    /// The call's expression, unboxed when its result is an Int or a Double.
    func directCallResult(_ call: DirectCall, _ result: StaticType) -> Typed {
        switch result {
        case .int: return .int { f in try call.int(f) }
        case .double: return .double { f in try call.double(f) }
        default: return Typed(result) { f in try call.value(f) }
        }
    }
}
