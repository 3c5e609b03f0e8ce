import Autodiff
import Interpreter
import Learning

/// The trainable variables reachable from an interpreter value (DSL.md §9): variables, layers,
/// author's values (their stored properties in declaration order), and arrays, optionals, tuples
/// and dictionaries (in insertion order) of them, each variable once.
///
/// An author's type that declares its own `trainableVariables` is asked for them instead of walked.
enum ValueVariables {
    /// The variables of `value`, depth first.
    /// - Throws: the error of an author's own `trainableVariables`, or `NativeError` when it gives
    ///   something other than variables.
    static func trainableVariables(of value: Value, context: NativeContext) throws -> [Variable] {
        var seen: Set<ObjectIdentifier> = []
        var result: [Variable] = []
        func add(_ variables: [Variable]) {
            for v in variables where v.trainable && seen.insert(ObjectIdentifier(v)).inserted { result.append(v) }
        }
        func visit(_ value: Value) throws {
            switch value {
            case .native(let variable as VariableObject): add([variable.variable])
            case .native(let layer as LayerObject): add(layer.layer.trainableVariables)
            case .native(let listing as TrainableVariableListing): add(listing.ownTrainableVariables)
            case .array(let elements): for e in elements { try visit(e) }
            case .tuple(let tuple): for e in tuple.elements { try visit(e) }
            case .some(let wrapped): try visit(wrapped)
            case .dictionary(let dictionary): for e in dictionary.values { try visit(e) }
            default:
                // A type with its own `trainableVariables` never reaches this walk through its own
                // property (the fallback applies only to types without one), so asking cannot recurse.
                if let own = try context.declaredProperty(of: value, "trainableVariables") {
                    add(try variables(own))
                } else if let properties = value.storedProperties {
                    for property in properties { try visit(property.value) }
                }
            }
        }
        try visit(value)
        return result
    }

    /// The variables in an author's `trainableVariables` result (an array of `Variable`).
    private static func variables(_ value: Value) throws(NativeError) -> [Variable] {
        guard case .array(let elements) = value else {
            throw NativeError("trainableVariables: expected '[Variable]', not '\(value.typeName)'")
        }
        var result: [Variable] = []
        for element in elements {
            guard case .native(let object as VariableObject) = element else {
                throw NativeError("trainableVariables: expected a Variable, not '\(element.typeName)'")
            }
            result.append(object.variable)
        }
        return result
    }

    /// `variables` as the interpreter's `[Variable]`.
    static func value(_ variables: [Variable]) -> Value {
        .array(variables.map { .native(VariableObject($0)) })
    }
}
