import Autodiff
import Interpreter
import Learning

/// The trainable variables reachable from an interpreter value (DSL.md §9): variables, layers, and
/// arrays, optionals, tuples and dictionaries (in insertion order) of them, each variable once.
///
/// A value of an author's struct or class plugs in by conforming its native object to
/// `TrainableVariableListing` (its stored properties in declaration order).
enum ValueVariables {
    /// The variables of `value`, depth first.
    static func trainableVariables(of value: Value) -> [Variable] {
        var seen: Set<ObjectIdentifier> = []
        var result: [Variable] = []
        func add(_ variables: [Variable]) {
            for v in variables where v.trainable && seen.insert(ObjectIdentifier(v)).inserted { result.append(v) }
        }
        func visit(_ value: Value) {
            switch value {
            case .native(let variable as VariableObject): add([variable.variable])
            case .native(let layer as LayerObject): add(layer.layer.trainableVariables)
            case .native(let listing as TrainableVariableListing): add(listing.ownTrainableVariables)
            case .array(let elements): elements.forEach(visit)
            case .tuple(let tuple): tuple.elements.forEach(visit)
            case .some(let wrapped): visit(wrapped)
            case .dictionary(let dictionary): dictionary.values.forEach(visit)
            default: break
            }
        }
        visit(value)
        return result
    }
}
