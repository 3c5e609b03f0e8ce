/// Swift's `ObjectIdentifier(instance)`: a class instance's identity as a value, equal for the same
/// instance and usable as a dictionary key or set element (graphs of objects, visited sets).
final class ObjectIdentity: NativeObject {
    let instance: ObjectInstance

    init(_ instance: ObjectInstance) {
        self.instance = instance
    }

    var typeName: String { "ObjectIdentifier" }

    /// Swift prints the instance's address, which changes from run to run; the type's name stands in.
    var description: String { "ObjectIdentifier(\(instance.type.name))" }

    func isEqual(to other: any NativeObject) -> Bool {
        (other as? ObjectIdentity)?.instance === instance
    }

    func property(_ name: String, context: NativeContext) throws -> Value {
        guard name == "hashValue" else { throw NativeError("value of type 'ObjectIdentifier' has no member '\(name)'") }
        return .int(ObjectIdentifier(instance).hashValue)
    }

    /// The built-in type: `ObjectIdentifier(instance)`.
    static var type: NativeType {
        NativeType(name: "ObjectIdentifier", initializer: { arguments, _ in
            guard arguments.count == 1, arguments[0].label == nil, case .object(let instance) = arguments[0].value else {
                throw NativeError("'ObjectIdentifier' takes one class instance")
            }
            return .native(ObjectIdentity(instance))
        })
    }
}
