/// `stack`, `unstack`, `split`, `squeeze`, `expandDims`, `tile` and row ranges, built on
/// `reshape`, `concat` and `slice` so their gradients come from those rules.

/// `x` with a new axis of length 1 at `axis` (`-1` appends it).
/// - Throws: `TensorError` for an axis outside `-(rank + 1)...rank`.
public func expandDims(_ x: Tensor, axis: Int) throws(TensorError) -> Tensor {
    let position = try ShapeMath.normalizeAxis(axis, rank: x.rank + 1, op: "expandDims")
    var shape = x.shape
    shape.insert(1, at: position)
    return try reshape(x, shape)
}

/// `x` without axes of length 1: the one at `axis`, or all of them when `axis` is `nil`.
/// - Throws: `TensorError` when the named axis is not of length 1.
public func squeeze(_ x: Tensor, axis: Int? = nil) throws(TensorError) -> Tensor {
    guard let axis else { return try reshape(x, x.shape.filter { $0 != 1 }) }
    let position = try ShapeMath.normalizeAxis(axis, rank: x.rank, op: "squeeze")
    guard x.shape[position] == 1 else { throw .cannotSqueeze(axis, x.shape) }
    var shape = x.shape
    shape.remove(at: position)
    return try reshape(x, shape)
}

/// Tensors of one shape joined along a new axis.
/// - Throws: `TensorError` for an empty list, differing shapes or a bad axis.
public func stack(_ tensors: [Tensor], axis: Int = 0) throws(TensorError) -> Tensor {
    guard let first = tensors.first else { throw .emptyList("stack") }
    for t in tensors where t.shape != first.shape { throw .stackShapes(first.shape, t.shape) }
    var expanded: [Tensor] = []
    for t in tensors { expanded.append(try expandDims(t, axis: axis)) }
    return try concat(expanded, axis: axis)
}

/// The slices of `x` along `axis`, each without that axis.
/// - Throws: `TensorError` for a scalar or a bad axis.
public func unstack(_ x: Tensor, axis: Int = 0) throws(TensorError) -> [Tensor] {
    let position = try ShapeMath.normalizeAxis(axis, rank: x.rank, op: "unstack")
    return try split(x, count: x.shape[position], axis: position).map { (t: Tensor) throws(TensorError) -> Tensor in
        try squeeze(t, axis: position)
    }
}

/// `x` cut into `count` equal parts along `axis`.
/// - Throws: `TensorError` when the axis length is not a multiple of `count`, or for a bad axis.
public func split(_ x: Tensor, count: Int, axis: Int = 0) throws(TensorError) -> [Tensor] {
    let position = try ShapeMath.normalizeAxis(axis, rank: x.rank, op: "split")
    guard count > 0, x.shape[position] % count == 0 else { throw .cannotSplit(x.shape, count, axis) }
    let size = x.shape[position] / count
    var pieceShape = x.shape
    pieceShape[position] = size
    var parts: [Tensor] = []
    for i in 0..<count {
        var begin = [Int](repeating: 0, count: x.rank)
        begin[position] = i * size
        parts.append(try slice(x, begin: begin, size: pieceShape))
    }
    return parts
}

/// `x` repeated `multiples[i]` times along each axis `i`.
/// - Throws: `TensorError` when `multiples` does not have one entry per axis or has a negative entry.
public func tile(_ x: Tensor, multiples: [Int]) throws(TensorError) -> Tensor {
    guard multiples.count == x.rank, !multiples.contains(where: { $0 < 0 }) else { throw .badMultiples(multiples, x.shape) }
    var result = x
    for (axis, m) in multiples.enumerated() where m != 1 {
        if m == 0 {
            var shape = result.shape
            shape[axis] = 0
            result = try slice(result, begin: [Int](repeating: 0, count: x.rank), size: shape)
        } else {
            result = try concat([Tensor](repeating: result, count: m), axis: axis)
        }
    }
    return result
}

/// The rows `range` of `x` (its first axis), as `t[a..<b]`.
/// - Throws: `TensorError` for a scalar or a range outside the first axis.
public func rows(_ x: Tensor, _ range: Range<Int>) throws(TensorError) -> Tensor {
    guard x.rank > 0 else { throw .tooManyIndices(1, x.shape) }
    guard range.lowerBound >= 0, range.upperBound <= x.shape[0] else { throw .rowsOutOfRange(range, x.shape) }
    var begin = [Int](repeating: 0, count: x.rank)
    begin[0] = range.lowerBound
    var size = x.shape
    size[0] = range.count
    return try slice(x, begin: begin, size: size)
}

extension TensorError {
    static func cannotSqueeze(_ axis: Int, _ shape: [Int]) -> TensorError {
        TensorError("squeeze: axis \(axis) of shape \(shape) does not have length 1")
    }

    static func stackShapes(_ a: [Int], _ b: [Int]) -> TensorError {
        TensorError("stack: all tensors must have the same shape, got \(a) and \(b)")
    }

    static func cannotSplit(_ shape: [Int], _ count: Int, _ axis: Int) -> TensorError {
        TensorError("split: axis \(axis) of shape \(shape) cannot be split into \(count) equal parts")
    }

    static func badMultiples(_ multiples: [Int], _ shape: [Int]) -> TensorError {
        TensorError("tile: multiples \(multiples) do not fit a tensor of shape \(shape)")
    }

    static func rowsOutOfRange(_ range: Range<Int>, _ shape: [Int]) -> TensorError {
        TensorError("index: range \(range.lowerBound)..<\(range.upperBound) is out of range for axis 0 of size \(shape[0])")
    }
}
