extension NativeContext {
    /// Calls the non-mutating method `name` of an author's value (`callAsFunction` of a model held
    /// by a `Sequential`) with positional arguments, as `value.name(arguments...)` would.
    ///
    /// - Returns: the method's result, or nil when `value` has no such method (a value of another
    ///   kind, or a type that does not declare it), so the caller can report it in its own words.
    /// - Throws: the method's run-time error, unchanged, so the author sees where it failed.
    public func callMethod(on value: Value, _ name: String, _ arguments: [Value]) throws -> Value? {
        guard case .structure(let s) = value, let method = s.type.methods[name], !method.isMutating,
            let function = method.function, function.parameterCount == arguments.count + 1 else { return nil }
        return try invoker(function, [value] + arguments)
    }

    /// Reads the property `name` an author's type declares itself, stored or computed (a model's own
    /// `trainableVariables`).
    ///
    /// - Returns: the property's value, or nil when `value` is not an author's value or its type
    ///   declares no such property.
    /// - Throws: the computed property's run-time error.
    public func declaredProperty(of value: Value, _ name: String) throws -> Value? {
        guard case .structure(let s) = value else { return nil }
        if let index = s.type.fieldIndex[name] { return s.fields[index] }
        guard let getter = s.type.computed[name], let function = getter.function else { return nil }
        return try invoker(function, [value])
    }

    /// Whether `value` is an author's value whose type declares the instance member `name`.
    public func declares(_ value: Value, _ name: String) -> Bool {
        guard case .structure(let s) = value else { return false }
        return s.type.hasInstanceMember(name)
    }
}
