/// Shape arithmetic shared by all operations: checked element counts, strides, broadcasting, axes.
enum ShapeMath {
    /// The largest number of elements one tensor may hold (2^28, 1 GiB of float32).
    static let maxElements = 1 << 28

    /// The number of elements of `shape`, checked for negative dimensions, overflow and the memory limit.
    static func elementCount(_ shape: [Int], op: String) throws(TensorError) -> Int {
        var count = 1
        for dim in shape {
            guard dim >= 0 else { throw .negativeDimension(op, shape) }
            let (product, overflow) = count.multipliedReportingOverflow(by: dim)
            // Checking after every step keeps the intermediate product from overflowing.
            guard !overflow, product <= maxElements else {
                if shape.contains(0) { return 0 }
                throw .tooLarge(op, shape)
            }
            count = product
        }
        return count
    }

    /// Row-major strides of a contiguous tensor of `shape`.
    static func strides(_ shape: [Int]) -> [Int] {
        var result = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in shape.indices.reversed() {
            result[axis] = step
            step *= shape[axis]
        }
        return result
    }

    /// The NumPy broadcast of two shapes.
    static func broadcast(_ a: [Int], _ b: [Int], op: String) throws(TensorError) -> [Int] {
        // When one operand already has the result's shape, share its array instead of building one.
        if covers(a, b) { return a }
        if covers(b, a) { return b }
        let rank = max(a.count, b.count)
        var result = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            if da == db || db == 1 {
                result[i] = da
            } else if da == 1 {
                result[i] = db
            } else {
                throw .incompatibleShapes(op, a, b)
            }
        }
        return result
    }

    /// Whether `b` broadcasts to exactly `a` (same or lower rank, each dimension equal or 1).
    private static func covers(_ a: [Int], _ b: [Int]) -> Bool {
        guard b.count <= a.count else { return false }
        let offset = a.count - b.count
        for i in b.indices where b[i] != 1 && b[i] != a[i + offset] { return false }
        return true
    }

    /// Strides for reading a tensor of `shape` as if it had `target` shape (0 on broadcast axes).
    static func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
        let own = strides(shape)
        let offset = target.count - shape.count
        return target.indices.map { i in
            i < offset || shape[i - offset] == 1 ? 0 : own[i - offset]
        }
    }

    /// Maps a possibly negative axis into `0..<rank`.
    static func normalizeAxis(_ axis: Int, rank: Int, op: String) throws(TensorError) -> Int {
        let normalized = axis < 0 ? axis + rank : axis
        guard normalized >= 0, normalized < rank else { throw .badAxis(op, axis: axis, rank: rank) }
        return normalized
    }

    /// Sizes of the dimensions before, at and after `axis`, so kernels can loop over `[outer, n, inner]`.
    static func split(_ shape: [Int], at axis: Int) -> (outer: Int, count: Int, inner: Int) {
        let outer = shape[..<axis].reduce(1, *)
        let inner = shape[(axis + 1)...].reduce(1, *)
        return (outer, shape[axis], inner)
    }
}
