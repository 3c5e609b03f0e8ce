/// Compiled steps (argument codes, string segments) joined into one closure that runs them in order.
///
/// Each step is held by the context of the closure that runs it, where calling it borrows it. A
/// closure read out of an array, or through a pointer, is a copy instead: its context was retained
/// and released on every run, two atomic count changes per step (see also `ArgumentStore`).
enum StepChain {
    /// One step: reads the frame and changes the state it is given.
    typealias Step<State> = (Frame, inout State) throws -> Void

    /// The steps as one, run in order: up to three per closure, the rest in a chained one.
    static func sequence<State>(_ steps: ArraySlice<Step<State>>) -> Step<State> {
        let first = steps.startIndex
        switch steps.count {
        case 0:
            return { _, _ in }
        case 1:
            return steps[first]
        case 2:
            let a = steps[first], b = steps[first + 1]
            return { f, state in
                try a(f, &state)
                try b(f, &state)
            }
        default:
            let a = steps[first], b = steps[first + 1], c = steps[first + 2]
            let rest = steps.count > 3 ? sequence(steps.dropFirst(3)) : nil
            return { f, state in
                try a(f, &state)
                try b(f, &state)
                try c(f, &state)
                try rest?(f, &state)
            }
        }
    }

    /// A step that evaluates `codes` in order and appends their values.
    static func appending(_ codes: [Code]) -> Step<[Value]> {
        sequence(codes.map { code in { f, values in values.append(try code(f)) } }[...])
    }
}
