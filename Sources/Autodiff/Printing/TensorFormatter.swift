/// Renders tensor values like NumPy: shortest round-trip digits, aligned rows, `...` for large tensors.
///
/// `Tensor([[1.2, 1.6],` / `        [3.0, 3.9]], shape: [2, 2], dtype: float32)`: elements use
/// Swift's own description of the element type (so float32 prints `0.1`, not the float64 digits),
/// are right-aligned to a common width, and rows continue under the first bracket. Blocks of
/// rank-3 and higher tensors are separated by blank lines, as in NumPy. Tensors of more than
/// 1000 elements show the first and last three entries of every long axis around `...`.
enum TensorFormatter {
    /// NumPy's `threshold`: larger tensors are summarised.
    static let summaryThreshold = 1000
    /// Entries kept on each side of `...` (NumPy's `edgeitems`).
    static let edgeItems = 3

    /// The value part of the description, with continuation lines indented by `indent` columns.
    static func values(of tensor: Tensor, indent: Int) -> String {
        if tensor.rank == 0 { return element(tensor.storage, 0) }
        let layout = Layout(shape: tensor.shape, summarise: tensor.scalarCount > summaryThreshold)
        var offsets: [Int] = []
        layout.collect(axis: 0, offset: 0, into: &offsets)
        let width = offsets.map { element(tensor.storage, $0).count }.max() ?? 0
        return layout.render(axis: 0, offset: 0, indent: indent) { offset in
            let text = element(tensor.storage, offset)
            return String(repeating: " ", count: width - text.count) + text
        }
    }

    /// The shortest round-trip text of one element in its own type.
    static func element(_ storage: TensorStorage, _ i: Int) -> String {
        switch storage {
        case .float32(let v): v[i].description
        case .float64(let v): v[i].description
        case .int32(let v): v[i].description
        case .bool(let v): v[i].description
        }
    }

    /// Which indices of each axis are shown, and how nested brackets are laid out.
    private struct Layout {
        let shape: [Int]
        let strides: [Int]
        let summarise: Bool

        init(shape: [Int], summarise: Bool) {
            self.shape = shape
            self.strides = ShapeMath.strides(shape)
            self.summarise = summarise
        }

        /// The shown indices of `axis`; `nil` marks the `...` gap.
        func shown(_ axis: Int) -> [Int?] {
            let n = shape[axis]
            guard summarise, n > 2 * edgeItems else { return Array(0..<n) }
            return Array(0..<edgeItems) + [nil] + Array((n - edgeItems)..<n)
        }

        func collect(axis: Int, offset: Int, into offsets: inout [Int]) {
            for case let i? in shown(axis) {
                let next = offset + i * strides[axis]
                if axis == shape.count - 1 {
                    offsets.append(next)
                } else {
                    collect(axis: axis + 1, offset: next, into: &offsets)
                }
            }
        }

        func render(axis: Int, offset: Int, indent: Int, _ element: (Int) -> String) -> String {
            let last = axis == shape.count - 1
            let parts = shown(axis).map { index -> String in
                guard let i = index else { return "..." }
                let next = offset + i * strides[axis]
                return last ? element(next) : render(axis: axis + 1, offset: next, indent: indent, element)
            }
            let separator = last
                ? ", "
                : "," + String(repeating: "\n", count: shape.count - axis - 1)
                    + String(repeating: " ", count: indent + axis + 1)
            return "[" + parts.joined(separator: separator) + "]"
        }
    }
}

extension Tensor: CustomStringConvertible {
    /// `Tensor(6.0, shape: [], dtype: float32)`; matrices on aligned rows (see `TensorFormatter`).
    public var description: String {
        let prefix = "Tensor("
        return prefix + TensorFormatter.values(of: self, indent: prefix.count)
            + ", shape: \(shape), dtype: \(dtype.rawValue))"
    }
}
