/// An object of a native type bound into the interpreter (a tensor, a tape, the `plt` figure builder).
///
/// The interpreter treats native objects as opaque: it prints them with `description`, and sends
/// property reads, method calls and subscripts to them. Every requirement except `typeName` and
/// `description` has a default that reports "value of type X has no member Y".
public protocol NativeObject: AnyObject {
    /// The Swift-like type name, used in messages and matched against type annotations (`Tensor`).
    var typeName: String { get }
    /// The text `print` and string interpolation show.
    var description: String { get }
    /// The text inside a collection or another value (default: `description`).
    var debugDescription: String { get }
    /// Whether `==` holds between this object and `other` (default: they are the same object).
    func isEqual(to other: any NativeObject) -> Bool
    /// Reads a property (`t.shape`, `v.value`).
    /// - Throws: `NativeError` when there is no such property.
    func property(_ name: String, context: NativeContext) throws -> Value
    /// Calls a method (`t.reshaped([2, 3])`, `tape.record { ... }`); a trailing closure is the last argument, unlabelled.
    /// - Throws: `NativeError` on an unknown method or bad arguments.
    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value
    /// Reads a subscript (`t[i]`, `t[i, j]`).
    /// - Throws: `NativeError` when the object cannot be subscripted this way.
    func subscriptGet(_ arguments: [NativeArgument], context: NativeContext) throws -> Value
    /// Writes a property (`optimizer.learningRate = 0.01`); native objects are references, so the
    /// object changes wherever it is held.
    /// - Throws: `NativeError` when there is no such property or it cannot be set to `value`.
    func setProperty(_ name: String, _ value: Value, context: NativeContext) throws
}

extension NativeObject {
    /// Default: as at top level.
    public var debugDescription: String { description }

    /// Default: identity.
    public func isEqual(to other: any NativeObject) -> Bool { self === other }

    /// Default: no properties.
    public func property(_ name: String, context: NativeContext) throws -> Value {
        throw NativeError("value of type '\(typeName)' has no member '\(name)'")
    }

    /// Default: no methods.
    public func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        throw NativeError("value of type '\(typeName)' has no member '\(name)'")
    }

    /// Default: not subscriptable.
    public func subscriptGet(_ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        throw NativeError("value of type '\(typeName)' has no subscripts")
    }

    /// Default: every property is read-only (or missing).
    public func setProperty(_ name: String, _ value: Value, context: NativeContext) throws {
        _ = try property(name, context: context)
        throw NativeError("cannot assign to property: '\(name)' is a get-only property")
    }
}

/// An error thrown by native code; the interpreter reports it at the call expression.
public struct NativeError: Error, Sendable, Equatable {
    /// The message shown to the notebook author (e.g. `matmul: cannot multiply [2, 3] by [2, 2]`).
    public var message: String

    /// Creates an error with a message.
    public init(_ message: String) {
        self.message = message
    }
}

/// One argument of a call into native code: its label (nil for `_`) and its value.
public struct NativeArgument {
    /// The argument label, or nil when the argument has none.
    public var label: String?
    /// The evaluated argument.
    public var value: Value

    /// Creates an argument.
    public init(label: String?, value: Value) {
        self.label = label
        self.value = value
    }
}

/// What native code may ask of the interpreter while it runs: calling back into interpreted closures.
public struct NativeContext {
    let invoker: (Function, [Value]) throws -> Value

    /// Calls an interpreted (or built-in) function value with positional arguments and returns its result.
    ///
    /// An error raised inside the closure propagates out of this call with its own location; rethrow it
    /// unchanged so the author sees where the closure failed.
    /// - Throws: the closure's run-time error, or `NativeError` when `function` is not callable.
    public func call(_ function: Value, _ arguments: [Value] = []) throws -> Value {
        guard case .function(let f) = function else {
            throw NativeError("cannot call value of type '\(function.typeName)'")
        }
        return try invoker(f, arguments)
    }
}

/// A native function body: receives the labelled arguments and the callback context.
public typealias NativeFunction = ([NativeArgument], NativeContext) throws -> Value

/// A native binary operator handler, called when either operand of `op` is a native object:
/// arithmetic (`+ - * / % **`) and comparisons (`== != < <= > >=`, which may return a native
/// element-wise result). Return nil to decline: arithmetic then reports that the operator does not
/// apply, `==`/`!=` fall back to object identity.
public typealias NativeBinaryOperator = (_ op: String, _ lhs: Value, _ rhs: Value, NativeContext) throws -> Value?

/// A native property of author's values (`model.trainableVariables`): receives the value and the
/// callback context.
public typealias NativeProperty = (_ value: Value, NativeContext) throws -> Value

/// A native prefix operator handler (`-t`), called when the operand is a native object.
public typealias NativePrefixOperator = (_ op: String, _ operand: Value, NativeContext) throws -> Value?

/// A native type name usable in annotations, as a constructor and with static members.
public struct NativeType {
    /// The type name (`Tensor`).
    public var name: String
    /// `Tensor(...)`: called with the labelled arguments; nil if the type cannot be constructed.
    public var initializer: NativeFunction?
    /// `Tensor.zeros(...)`: static methods by name.
    public var staticMethods: [String: NativeFunction]
    /// `Tensor.pi`-style static properties by name.
    public var staticProperties: [String: Value]

    /// Creates a native type binding.
    public init(
        name: String,
        initializer: NativeFunction? = nil,
        staticMethods: [String: NativeFunction] = [:],
        staticProperties: [String: Value] = [:]
    ) {
        self.name = name
        self.initializer = initializer
        self.staticMethods = staticMethods
        self.staticProperties = staticProperties
    }
}
