/// Copies between a contiguous buffer and a strided view: transpose, broadcast and slice are gathers,
/// padding and concatenation are scatters.
enum StridedKernel {
    /// The elements at `offset + Σ index[i] * strides[i]` for every index of `shape`, in row-major order.
    static func gather<T>(_ source: [T], offset: Int, shape: [Int], strides: [Int]) -> [T] {
        let count = shape.reduce(1, *)
        if count == 0 { return [] }
        if shape.isEmpty { return [source[offset]] }
        // Views that read elements in storage order (a transpose that only moves axes of size 1,
        // a reshape-like broadcast) and broadcasts of one element need no walk.
        if offset == 0, count == source.count, isContiguous(shape: shape, strides: strides) { return source }
        if strides.allSatisfy({ $0 == 0 }) { return [T](repeating: source[offset], count: count) }
        return source.withUnsafeBufferPointer { src in
            [T](unsafeUninitializedCapacity: count) { out, initialized in
                var position = 0
                walk(shape: shape, strides: strides, start: offset) { base, step, inner in
                    for k in 0..<inner { out.initializeElement(at: position + k, to: src[base + k * step]) }
                    position += inner
                }
                initialized = count
            }
        }
    }

    /// Whether `strides` are the row-major strides of `shape` on every axis longer than 1
    /// (the stride of an axis of length 1 is never used).
    private static func isContiguous(shape: [Int], strides: [Int]) -> Bool {
        var expected = 1
        for axis in shape.indices.reversed() where shape[axis] != 1 {
            guard strides[axis] == expected else { return false }
            expected *= shape[axis]
        }
        return true
    }

    /// Writes `source` (contiguous, of `shape`) into `target` at `offset + Σ index[i] * strides[i]`.
    static func scatter<T>(_ source: [T], into target: inout [T], offset: Int, shape: [Int], strides: [Int]) {
        let count = shape.reduce(1, *)
        if count == 0 { return }
        if shape.isEmpty {
            target[offset] = source[0]
            return
        }
        source.withUnsafeBufferPointer { src in
            target.withUnsafeMutableBufferPointer { dst in
                var position = 0
                walk(shape: shape, strides: strides, start: offset) { base, step, inner in
                    for k in 0..<inner { dst[base + k * step] = src[position + k] }
                    position += inner
                }
            }
        }
    }

    /// Calls `row(base, step, length)` for each run along the last axis of `shape`, in row-major order.
    @inline(__always)
    private static func walk(shape: [Int], strides: [Int], start: Int, _ row: (Int, Int, Int) -> Void) {
        let rank = shape.count
        let inner = shape[rank - 1]
        let rows = shape.reduce(1, *) / inner
        var index = [Int](repeating: 0, count: rank)
        var base = start
        for _ in 0..<rows {
            row(base, strides[rank - 1], inner)
            var axis = rank - 2
            while axis >= 0 {
                index[axis] += 1
                base += strides[axis]
                if index[axis] < shape[axis] { break }
                base -= strides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
    }
}
