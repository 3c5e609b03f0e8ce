/// A located run-time error raised while evaluating a cell (a Swift trap, a failed native call or a timeout).
struct RuntimeError: Error {
    var message: String
    var position: SourcePosition
    var isTimeout = false
    /// For an error the notebook threw (`throw e`): the thrown value, which `catch` clauses match.
    /// Unhandled, it stops the cell as Swift stops a program (`Error raised at top level: …`).
    var thrown: ThrownValue?

    var diagnostic: Diagnostic {
        Diagnostic(phase: isTimeout ? .timeout : .runtime, line: position.line, column: position.column, message: message)
    }
}

/// A value the notebook threw. A cell runs on one thread, and the value is only read by the
/// `catch` of the same cell, so it never crosses threads although `Error` requires `Sendable`.
struct ThrownValue: @unchecked Sendable {
    let value: Value
}

/// A run-time failure not yet tied to a location; the expression that called the failing code
/// turns it into a `RuntimeError` at its own position.
struct RuntimeFailure: Error {
    var message: String
    var isTimeout = false

    init(_ message: String, isTimeout: Bool = false) {
        self.message = message
        self.isTimeout = isTimeout
    }

    // Swift's trap messages, spelled as the standard library prints them after "Fatal error: ".
    static let overflow = RuntimeFailure("Arithmetic operation resulted in an overflow")
    static let divisionByZero = RuntimeFailure("Division by zero")
    static let remainderByZero = RuntimeFailure("Division by zero in remainder operation")
    static let divisionOverflow = RuntimeFailure("Division results in an overflow")
    static let remainderOverflow = RuntimeFailure("Division results in an overflow in remainder operation")
    static let indexOutOfRange = RuntimeFailure("Index out of range")
    static let unwrapNil = RuntimeFailure("Unexpectedly found nil while unwrapping an Optional value")
    static let badRange = RuntimeFailure("Range requires lowerBound <= upperBound")
    static let stackOverflow = RuntimeFailure("stack overflow")
}

extension Error {
    /// This error as a located `RuntimeError`, using `position` unless it already has one.
    func located(at position: SourcePosition) -> RuntimeError {
        switch self {
        case let e as RuntimeError: return e
        case let e as RuntimeFailure: return RuntimeError(message: e.message, position: position, isTimeout: e.isTimeout)
        case let e as NativeError: return RuntimeError(message: e.message, position: position)
        default: return RuntimeError(message: "\(self)", position: position)
        }
    }
}

/// Runs `body`, attaching `position` to any error it throws that has no location yet (a nil link
/// of an optional chain passes through to the chain's end).
@inline(__always)
func at<T>(_ position: SourcePosition, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let end as OptionalChainNil {
        throw end
    } catch {
        throw error.located(at: position)
    }
}
