import Autodiff

/// A value that lists its own trainable variables instead of having them found by reflection.
public protocol TrainableVariableListing {
    /// The variables, in the order an optimizer should see them.
    var ownTrainableVariables: [Variable] { get }
}

/// The trainable `Variable`s reachable from `value` through stored properties, in declaration
/// order, recursing into structs, classes, tuples, arrays, optionals and dictionaries; each
/// variable is listed once (the first time it is reached).
///
/// Swift's own `Dictionary` has no insertion order, so its variables come in its iteration order.
/// - Parameter value: any value: a layer, a model, an array of layers.
public func trainableVariables(in value: Any) -> [Variable] {
    var collector = VariableCollector()
    collector.visit(value)
    return collector.variables
}

/// The depth-first walk behind `trainableVariables(in:)`.
struct VariableCollector {
    private(set) var variables: [Variable] = []
    private var seenVariables: Set<ObjectIdentifier> = []
    /// Objects already walked, so reference cycles end.
    private var seenObjects: Set<ObjectIdentifier> = []

    mutating func visit(_ value: Any) {
        if let variable = value as? Variable {
            add(variable)
            return
        }
        if let listing = value as? TrainableVariableListing {
            listing.ownTrainableVariables.forEach { add($0) }
            return
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .class {
            let id = ObjectIdentifier(value as AnyObject)
            guard seenObjects.insert(id).inserted else { return }
        }
        if mirror.displayStyle == .dictionary {
            // Each child is a (key, value) pair; only values hold variables.
            for child in mirror.children {
                let pair = Mirror(reflecting: child.value).children.map(\.value)
                if pair.count == 2 { visit(pair[1]) }
            }
            return
        }
        visitChildren(mirror)
    }

    private mutating func visitChildren(_ mirror: Mirror) {
        if let superclass = mirror.superclassMirror { visitChildren(superclass) }
        for child in mirror.children { visit(child.value) }
    }

    mutating func add(_ variable: Variable) {
        guard variable.trainable, seenVariables.insert(ObjectIdentifier(variable)).inserted else { return }
        variables.append(variable)
    }
}
