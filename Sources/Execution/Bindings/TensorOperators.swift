import Autodiff
import Interpreter

/// `+ - * / **`, the element-wise comparisons `.== .!= .< .<= .> .>=` and unary `-` where an operand
/// is a tensor or a variable; the other side may be a number.
enum TensorOperators {
    /// The binary operator handler registered with the interpreter; nil declines operators it does not know.
    static func binary(_ op: String, _ lhs: Value, _ rhs: Value, _ context: NativeContext) throws -> Value? {
        let apply: (Tensor, Tensor) throws(TensorError) -> Tensor
        switch op {
        case "+": apply = { a, b throws(TensorError) in try add(a, b) }
        case "-": apply = { a, b throws(TensorError) in try subtract(a, b) }
        case "*": apply = { a, b throws(TensorError) in try multiply(a, b) }
        case "/": apply = { a, b throws(TensorError) in try divide(a, b) }
        case "**": apply = { a, b throws(TensorError) in try pow(a, b) }
        default:
            // `.== .!= .< .<= .> .>=`: element-wise comparisons giving a bool tensor (DSL.md §10).
            guard let comparison = ElementComparison(rawValue: op) else { return nil }
            apply = { a, b throws(TensorError) in try compare(comparison, a, b) }
        }
        let (a, b) = try operands(lhs, rhs, op)
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try apply(a, b) })
    }

    /// The prefix operator handler: `-t`.
    static func prefix(_ op: String, _ operand: Value, _ context: NativeContext) throws -> Value? {
        guard op == "-" else { return nil }
        let x = try ValueConversion.tensor(operand, "-")
        return ValueConversion.value(try ValueConversion.wrap { () throws(TensorError) in try negate(x) })
    }

    /// Both operands as tensors; a plain number takes the other operand's dtype (as TensorFlow's
    /// `x * 2.0` keeps float32 for a float32 `x`).
    static func operands(_ lhs: Value, _ rhs: Value, _ function: String) throws(NativeError) -> (Tensor, Tensor) {
        let left = ValueConversion.number(lhs) == nil ? try ValueConversion.tensor(lhs, function) : nil
        let right = ValueConversion.number(rhs) == nil ? try ValueConversion.tensor(rhs, function) : nil
        let dtype = left?.dtype ?? right?.dtype
        let a = if let left { left } else { try ValueConversion.tensor(lhs, function, dtype: dtype) }
        let b = if let right { right } else { try ValueConversion.tensor(rhs, function, dtype: dtype) }
        return (a, b)
    }
}
