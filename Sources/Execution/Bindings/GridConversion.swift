import Interpreter
import Plotting

extension ValueConversion {
    /// A 2-D array for a chart (`imshow`, `contour`): a rank-2 tensor or variable, or an array of equally
    /// long arrays of numbers.
    static func grid(_ value: Value, _ function: String, _ parameter: String) throws(NativeError) -> Grid {
        let rows: Int
        let cols: Int
        let values: [Double]
        switch value {
        case .native(let object as TensorObject):
            (rows, cols, values) = try shape2D(object.tensor.shape, object.tensor.doubles, function, parameter)
        case .native(let object as VariableObject):
            (rows, cols, values) = try shape2D(object.variable.value.shape, object.variable.value.doubles, function, parameter)
        case .array(let elements):
            var flat: [Double] = []
            var width: Int?
            for element in elements {
                guard case .array = element else {
                    throw NativeError("\(function): \(parameter) must be a 2-D array (an array of rows), found '\(element.typeName)'")
                }
                let row = try doubles(element, function)
                guard width == nil || width == row.count else {
                    throw NativeError("\(function): the rows of \(parameter) must all have the same length")
                }
                width = row.count
                flat += row
            }
            (rows, cols, values) = (elements.count, width ?? 0, flat)
        default:
            throw NativeError("\(function): \(parameter) must be a 2-D Tensor or an array of rows, not '\(value.typeName)'")
        }
        do {
            return try Grid(rows: rows, cols: cols, values: values, function: function)
        } catch {
            throw NativeError(error.description)
        }
    }

    private static func shape2D(
        _ shape: [Int], _ values: [Double], _ function: String, _ parameter: String
    ) throws(NativeError) -> (Int, Int, [Double]) {
        guard shape.count == 2 else {
            throw NativeError("\(function): \(parameter) must be a 2-D tensor, got shape \(shape)")
        }
        return (shape[0], shape[1], values)
    }
}
