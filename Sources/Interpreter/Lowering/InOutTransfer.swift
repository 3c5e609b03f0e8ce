/// The `&x` arguments of a call as two compiled steps: emptying their variables before the call, and
/// moving the callee's final values back into them after it.
///
/// Each argument's closures are held by the steps' contexts (see `StepChain`): iterating over the
/// arguments copied each one, retaining and releasing its closures on every call.
struct InOutTransfer {
    /// Whether the call has no `&` arguments.
    let isEmpty: Bool
    /// Empties each variable that can be moved out (see `InOutArgument.moveOut`), in order.
    let moveOut: (Frame) throws -> Void
    /// Moves each parameter's value out of the callee's frame (the second frame) into its variable
    /// in the caller's frame, in order.
    let writeBack: (Frame, Frame) throws -> Void

    init(_ arguments: [InOutArgument]) {
        isEmpty = arguments.isEmpty
        moveOut = InOutTransfer.movingOut(arguments[...])
        writeBack = InOutTransfer.writingBack(arguments[...])
    }

    private static func movingOut(_ arguments: ArraySlice<InOutArgument>) -> (Frame) throws -> Void {
        guard let first = arguments.first else { return { _ in } }
        let rest = arguments.count > 1 ? movingOut(arguments.dropFirst()) : nil
        guard let moveOut = first.moveOut else { return rest ?? { _ in } }
        return { f in
            try moveOut(f, .void)
            try rest?(f)
        }
    }

    private static func writingBack(_ arguments: ArraySlice<InOutArgument>) -> (Frame, Frame) throws -> Void {
        guard let first = arguments.first else { return { _, _ in } }
        let writeBack = first.writeBack, parameter = first.parameter
        let rest = arguments.count > 1 ? writingBack(arguments.dropFirst()) : nil
        return { f, callee in
            try writeBack(f, callee.take(parameter))
            try rest?(f, callee)
        }
    }
}
