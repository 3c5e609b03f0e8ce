/// The arguments of a direct call as one compiled step that evaluates them, in order, into the
/// callee's parameter slots.
///
/// Each argument is held by a closure's context, where running it reads the argument borrowed. An
/// argument read from an array or through a pointer is a copy instead: the code it holds was retained
/// and released on every call, two atomic count changes per argument and most of a small call's time.
enum ArgumentStore {
    /// Evaluates the arguments in the caller's frame into the callee's slots (slot `i` for argument
    /// `i`); the flag says whether lent variables may be lent (see `DirectArgument.store`).
    typealias Run = (Frame, UnsafeMutablePointer<Value>, Bool) throws -> Void

    /// The step for `arguments`, whose indices are their parameters' slots: up to three arguments
    /// per closure, the rest in a chained one.
    static func run(_ arguments: ArraySlice<DirectArgument>) -> Run {
        let first = arguments.startIndex
        switch arguments.count {
        case 0:
            return { _, _, _ in }
        case 1:
            let a = arguments[first]
            return { f, slots, lending in try a.store(f, into: slots + first, lending: lending) }
        case 2:
            let a = arguments[first], b = arguments[first + 1]
            return { f, slots, lending in
                try a.store(f, into: slots + first, lending: lending)
                try b.store(f, into: slots + first + 1, lending: lending)
            }
        default:
            let a = arguments[first], b = arguments[first + 1], c = arguments[first + 2]
            let rest = arguments.count > 3 ? run(arguments.dropFirst(3)) : nil
            return { f, slots, lending in
                try a.store(f, into: slots + first, lending: lending)
                try b.store(f, into: slots + first + 1, lending: lending)
                try c.store(f, into: slots + first + 2, lending: lending)
                try rest?(f, slots, lending)
            }
        }
    }
}
