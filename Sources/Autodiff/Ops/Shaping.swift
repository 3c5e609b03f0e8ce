/// Operations that move elements without arithmetic: reshape, transpose, broadcast, slice, pad.

/// The same elements with a new shape; one dimension may be `-1` (inferred).
/// - Throws: `TensorError` when the element counts differ or more than one dimension is `-1`.
public func reshape(_ x: Tensor, _ shape: [Int]) throws(TensorError) -> Tensor {
    let newShape = try inferShape(shape, count: x.scalarCount, from: x.shape)
    let out = Tensor(storage: x.storage, shape: newShape)
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try reshape(g, x.shape)] }
}

private func inferShape(_ shape: [Int], count: Int, from old: [Int]) throws(TensorError) -> [Int] {
    let unknown = shape.indices.filter { shape[$0] == -1 }
    guard unknown.count <= 1 else { throw .reshapeTwoUnknowns(shape) }
    var result = shape
    if let axis = unknown.first {
        var known = shape
        known[axis] = 1
        let product = try ShapeMath.elementCount(known, op: "reshape")
        guard product > 0, count % product == 0 else {
            throw .cannotReshape(old, count: count, into: shape)
        }
        result[axis] = count / product
    }
    guard try ShapeMath.elementCount(result, op: "reshape") == count else {
        throw .cannotReshape(old, count: count, into: shape)
    }
    return result
}

/// Permutes the axes; without `perm` the axes are reversed (a matrix transpose for rank 2).
/// - Throws: `TensorError` when `perm` is not a permutation of the axes.
public func transpose(_ x: Tensor, perm: [Int]? = nil) throws(TensorError) -> Tensor {
    let order = perm ?? Array((0..<x.rank).reversed())
    guard order.count == x.rank, (0..<x.rank).allSatisfy({ order.contains($0) }) else {
        throw .notAPermutation(order, rank: x.rank)
    }
    let shape = order.map { x.shape[$0] }
    let out: Tensor
    if keepsStorageOrder(order, x.shape) {
        out = Tensor(storage: x.storage, shape: shape)
    } else {
        let strides = ShapeMath.strides(x.shape)
        let gather = StridedGather(offset: 0, shape: shape, strides: order.map { strides[$0] })
        out = Tensor(storage: x.storage.rearranged(by: gather), shape: shape)
    }
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in
        var inverse = [Int](repeating: 0, count: order.count)
        for (i, axis) in order.enumerated() { inverse[axis] = i }
        return [try transpose(g, perm: inverse)]
    }
}

/// Whether permuting the axes of `shape` by `order` leaves the elements in storage order: the
/// axes longer than 1 keep their relative order (as in transposing a row or a column).
private func keepsStorageOrder(_ order: [Int], _ shape: [Int]) -> Bool {
    var previous = -1
    for axis in order where shape[axis] != 1 {
        guard axis > previous else { return false }
        previous = axis
    }
    return true
}

/// `x` repeated along broadcast axes to `shape` (NumPy rules).
/// - Throws: `TensorError` when `x` cannot be broadcast to `shape`.
public func broadcastTo(_ x: Tensor, _ shape: [Int]) throws(TensorError) -> Tensor {
    guard try ShapeMath.broadcast(x.shape, shape, op: "broadcastTo") == shape else {
        throw .cannotBroadcast(x.shape, to: shape)
    }
    if x.shape == shape { return x }
    let count = try ShapeMath.elementCount(shape, op: "broadcastTo")
    let storage: TensorStorage
    if x.scalarCount == 1 {
        // A gradient spread back over a reduction's input: no strides to walk.
        storage = x.storage.repeated(count)
    } else {
        let gather = StridedGather(offset: 0, shape: shape, strides: ShapeMath.broadcastStrides(x.shape, to: shape))
        storage = x.storage.rearranged(by: gather)
    }
    let out = Tensor(storage: storage, shape: shape)
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try unbroadcast(g, to: x.shape)] }
}

/// Sums a gradient over the axes that broadcasting added or stretched, giving it `shape` again.
///
/// This is the single place where broadcasting is undone in backward rules; it is made of
/// `reduceSum` and `reshape`, so it is differentiable itself.
/// - Throws: `TensorError` when `g` is not a broadcast of `shape`.
public func unbroadcast(_ g: Tensor, to shape: [Int]) throws(TensorError) -> Tensor {
    if g.shape == shape { return g }
    let extra = g.rank - shape.count
    guard extra >= 0 else { throw .notABroadcast(g.shape, of: shape) }
    var axes = Array(0..<extra)
    for (i, dim) in shape.enumerated() where g.shape[i + extra] != dim {
        guard dim == 1 else { throw .notABroadcast(g.shape, of: shape) }
        axes.append(i + extra)
    }
    return try reshape(try reduceSum(g, axes: axes, keepDims: false), shape)
}

/// The block of `size` elements per axis starting at `begin` (TensorFlow's `slice`).
/// - Throws: `TensorError` when the block is not inside `x`.
public func slice(_ x: Tensor, begin: [Int], size: [Int]) throws(TensorError) -> Tensor {
    guard begin.count == x.rank, size.count == x.rank,
        x.shape.indices.allSatisfy({ begin[$0] >= 0 && size[$0] >= 0 && begin[$0] <= x.shape[$0] - size[$0] })
    else {
        throw .sliceOutOfRange(begin: begin, size: size, x.shape)
    }
    let strides = ShapeMath.strides(x.shape)
    let offset = zip(begin, strides).reduce(0) { $0 + $1.0 * $1.1 }
    let out = Tensor(storage: x.storage.rearranged(by: StridedGather(offset: offset, shape: size, strides: strides)),
                     shape: size)
    let after = x.shape.indices.map { x.shape[$0] - begin[$0] - size[$0] }
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try pad(g, before: begin, after: after)] }
}

/// `x` surrounded by zeros: `before[i]` and `after[i]` elements on each side of axis `i`.
/// - Throws: `TensorError` for negative or mis-sized padding, or a result over the memory limit.
public func pad(_ x: Tensor, before: [Int], after: [Int]) throws(TensorError) -> Tensor {
    guard before.count == x.rank, after.count == x.rank, !(before + after).contains(where: { $0 < 0 }) else {
        throw .badPadding(before, after, x.shape)
    }
    var shape = x.shape
    for i in shape.indices {
        let (sum, overflow) = shape[i].addingReportingOverflow(before[i])
        let (total, overflow2) = sum.addingReportingOverflow(after[i])
        guard !overflow, !overflow2 else { throw .tooLarge("pad", x.shape) }
        shape[i] = total
    }
    _ = try ShapeMath.elementCount(shape, op: "pad")
    let out = Tensor(storage: x.storage.rearranged(by: ZeroPad(sourceShape: x.shape, targetShape: shape, before: before)),
                     shape: shape)
    return Recorder.record(out, inputs: [x]) { (g, _) throws(TensorError) -> [Tensor?] in [try slice(g, begin: before, size: x.shape)] }
}

extension TensorError {
    static func reshapeTwoUnknowns(_ shape: [Int]) -> TensorError {
        TensorError("reshape: only one dimension may be -1, got \(shape)")
    }

    static func cannotReshape(_ old: [Int], count: Int, into shape: [Int]) -> TensorError {
        TensorError("reshape: cannot reshape \(old) (\(count) elements) into \(shape)")
    }

    static func notAPermutation(_ order: [Int], rank: Int) -> TensorError {
        TensorError("transpose: \(order) is not a permutation of the axes of a rank-\(rank) tensor")
    }

    static func cannotBroadcast(_ shape: [Int], to target: [Int]) -> TensorError {
        TensorError("broadcastTo: cannot broadcast \(shape) to \(target)")
    }

    static func notABroadcast(_ shape: [Int], of target: [Int]) -> TensorError {
        TensorError("unbroadcast: \(shape) is not a broadcast of \(target)")
    }

    static func sliceOutOfRange(begin: [Int], size: [Int], _ shape: [Int]) -> TensorError {
        TensorError("slice: begin \(begin) and size \(size) do not fit in a tensor of shape \(shape)")
    }

    static func badPadding(_ before: [Int], _ after: [Int], _ shape: [Int]) -> TensorError {
        TensorError("pad: padding \(before), \(after) does not fit a tensor of shape \(shape)")
    }
}
