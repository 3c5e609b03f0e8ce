import Autodiff
import Interpreter

/// Converts interpreter values to the runtime's types and back, with errors that name the call.
enum ValueConversion {
    /// A tensor from a tensor, a variable (its current value), a number or a nested array of numbers.
    static func tensor(_ value: Value, _ function: String, dtype: DType? = nil) throws(NativeError) -> Tensor {
        // A plain number (`0.1 * g`) is a scalar: the same tensor as its literal, built directly.
        if let scalar = number(value) {
            return try wrap { () throws(TensorError) in try Tensor(shape: [], scalars: [scalar], dtype: dtype ?? .float32) }
        }
        switch value {
        case .native(let object as TensorObject):
            return object.tensor
        case .native(let object as VariableObject):
            return object.variable.value
        case .bool, .array:
            let nested = try literal(value, function)
            return try wrap { () throws(TensorError) in try Tensor(nested: nested, dtype: dtype ?? .float32) }
        default:
            throw NativeError("\(function): cannot convert value of type '\(value.typeName)' to 'Tensor'")
        }
    }

    /// A plain number (Int, Double, Float) as a Double, or nil for anything else.
    static func number(_ value: Value) -> Double? {
        switch value {
        case .int(let i): Double(i)
        case .double(let d): d
        case .float(let f): Double(f)
        default: nil
        }
    }

    /// A number argument; errors name the call and the parameter.
    static func double(_ value: Value, _ function: String, _ parameter: String) throws(NativeError) -> Double {
        guard let number = number(value) else {
            throw NativeError("\(function): \(parameter) must be a number, not '\(value.typeName)'")
        }
        return number
    }

    /// An integer argument.
    static func int(_ value: Value, _ function: String, _ parameter: String) throws(NativeError) -> Int {
        guard case .int(let i) = value else {
            throw NativeError("\(function): \(parameter) must be an Int, not '\(value.typeName)'")
        }
        return i
    }

    /// A Bool argument.
    static func bool(_ value: Value, _ function: String, _ parameter: String) throws(NativeError) -> Bool {
        guard case .bool(let b) = value else {
            throw NativeError("\(function): \(parameter) must be a Bool, not '\(value.typeName)'")
        }
        return b
    }

    /// A String argument.
    static func string(_ value: Value, _ function: String, _ parameter: String) throws(NativeError) -> String {
        guard case .string(let s) = value else {
            throw NativeError("\(function): \(parameter) must be a String, not '\(value.typeName)'")
        }
        return s
    }

    /// A shape: an array of Ints.
    static func shape(_ value: Value, _ function: String) throws(NativeError) -> [Int] {
        guard case .array(let elements) = value else {
            throw NativeError("\(function): a shape must be an array of Int, not '\(value.typeName)'")
        }
        var shape: [Int] = []
        for element in elements { shape.append(try int(element, function, "shape")) }
        return shape
    }

    /// A dtype written as `.float32`, `.float64`, `.int32` or `.bool`.
    static func dtype(_ value: Value, _ function: String) throws(NativeError) -> DType {
        guard case .implicitMember(let name) = value, let dtype = DType(rawValue: name) else {
            throw NativeError("\(function): dtype must be .float32, .float64, .int32 or .bool")
        }
        return dtype
    }

    /// Numbers for a chart: a tensor or variable (all elements, row-major), an array of numbers or a range.
    static func doubles(_ value: Value, _ function: String) throws(NativeError) -> [Double] {
        switch value {
        case .native(let object as TensorObject): return object.tensor.doubles
        case .native(let object as VariableObject): return object.variable.value.doubles
        case .range(let range): return (range.lower..<max(range.lower, range.upper)).map(Double.init)
        case .array(let elements):
            var numbers: [Double] = []
            numbers.reserveCapacity(elements.count)
            for element in elements {
                guard let number = number(element) else {
                    throw NativeError("\(function): expected numbers, found '\(element.typeName)'")
                }
                numbers.append(number)
            }
            return numbers
        default:
            throw NativeError("\(function): expected a Tensor, an array of numbers or a range, not '\(value.typeName)'")
        }
    }

    /// The interpreter value of a tensor.
    static func value(_ tensor: Tensor) -> Value {
        .native(TensorObject(tensor))
    }

    /// An optional tensor as `Optional(tensor)` or `nil`.
    static func optional(_ tensor: Tensor?) -> Value {
        tensor.map { .some(value($0)) } ?? .none
    }

    /// Runs a runtime operation, turning its `TensorError` into the interpreter's `NativeError`.
    static func wrap<T>(_ body: () throws(TensorError) -> T) throws(NativeError) -> T {
        do {
            return try body()
        } catch {
            throw NativeError(error.message)
        }
    }

    private static func literal(_ value: Value, _ function: String) throws(NativeError) -> TensorLiteral {
        switch value {
        case .int(let i): return .scalar(Double(i))
        case .double(let d): return .scalar(d)
        case .float(let f): return .scalar(Double(f))
        case .bool(let b): return .scalar(b ? 1 : 0)
        case .array(let elements):
            var items: [TensorLiteral] = []
            for element in elements { items.append(try literal(element, function)) }
            return .array(items)
        default:
            throw NativeError("\(function): cannot convert value of type '\(value.typeName)' to 'Tensor'")
        }
    }
}
