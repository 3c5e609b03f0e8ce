/// A rearrangement of elements that works for every element type (transpose, slice, pad, concat, broadcast).
protocol LayoutTransform {
    /// The rearranged elements; `zero` fills positions with no source element.
    func apply<T>(_ values: [T], zero: T) -> [T]
}

extension TensorStorage {
    /// The storage rearranged by `transform`, in the same dtype.
    func rearranged(by transform: some LayoutTransform) -> TensorStorage {
        switch self {
        case .float32(let v): .float32(transform.apply(v, zero: 0))
        case .float64(let v): .float64(transform.apply(v, zero: 0))
        case .int32(let v): .int32(transform.apply(v, zero: 0))
        case .bool(let v): .bool(transform.apply(v, zero: false))
        }
    }
}

/// Reads a strided view (transpose, broadcast, slice) into contiguous storage.
struct StridedGather: LayoutTransform {
    let offset: Int
    let shape: [Int]
    let strides: [Int]

    func apply<T>(_ values: [T], zero: T) -> [T] {
        StridedKernel.gather(values, offset: offset, shape: shape, strides: strides)
    }
}

/// Places a block into a zero-filled larger tensor (padding).
struct ZeroPad: LayoutTransform {
    let sourceShape: [Int]
    let targetShape: [Int]
    let before: [Int]

    func apply<T>(_ values: [T], zero: T) -> [T] {
        var out = [T](repeating: zero, count: targetShape.reduce(1, *))
        let strides = ShapeMath.strides(targetShape)
        let offset = zip(before, strides).reduce(0) { $0 + $1.0 * $1.1 }
        StridedKernel.scatter(values, into: &out, offset: offset, shape: sourceShape, strides: strides)
        return out
    }
}
