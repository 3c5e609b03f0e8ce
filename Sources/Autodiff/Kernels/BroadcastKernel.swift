/// The element-wise loop over two broadcast operands, with fast paths for the common layouts.
enum BroadcastKernel {
    /// `f` applied to every pair of elements of `a` and `b` broadcast to `outShape`.
    ///
    /// Equal shapes and scalar operands run as one flat loop; other layouts loop over the
    /// last axis with fixed strides, so the inner loop stays tight.
    @inline(__always)
    static func apply<A, R>(
        _ a: [A], _ aShape: [Int], _ b: [A], _ bShape: [Int], outShape: [Int], _ f: (A, A) -> R
    ) -> [R] {
        let count = outShape.reduce(1, *)
        if count == 0 { return [] }
        return a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                [R](unsafeUninitializedCapacity: count) { out, initialized in
                    if aShape == bShape {
                        for i in 0..<count { out.initializeElement(at: i, to: f(pa[i], pb[i])) }
                    } else if pa.count == 1, bShape == outShape {
                        let s = pa[0]
                        for i in 0..<count { out.initializeElement(at: i, to: f(s, pb[i])) }
                    } else if pb.count == 1, aShape == outShape {
                        let s = pb[0]
                        for i in 0..<count { out.initializeElement(at: i, to: f(pa[i], s)) }
                    } else {
                        general(pa, aShape, pb, bShape, outShape, out, f)
                    }
                    initialized = count
                }
            }
        }
    }

    @inline(__always)
    private static func general<A, R>(
        _ pa: UnsafeBufferPointer<A>, _ aShape: [Int], _ pb: UnsafeBufferPointer<A>, _ bShape: [Int],
        _ outShape: [Int], _ out: UnsafeMutableBufferPointer<R>, _ f: (A, A) -> R
    ) {
        let rank = outShape.count
        let aStrides = ShapeMath.broadcastStrides(aShape, to: outShape)
        let bStrides = ShapeMath.broadcastStrides(bShape, to: outShape)
        let inner = outShape[rank - 1]
        let aStep = aStrides[rank - 1]
        let bStep = bStrides[rank - 1]
        var index = [Int](repeating: 0, count: rank)
        var aOffset = 0
        var bOffset = 0
        var position = 0
        let rows = outShape.reduce(1, *) / inner
        for _ in 0..<rows {
            for k in 0..<inner {
                out.initializeElement(at: position + k, to: f(pa[aOffset + k * aStep], pb[bOffset + k * bStep]))
            }
            position += inner
            // Odometer step over the outer axes.
            var axis = rank - 2
            while axis >= 0 {
                index[axis] += 1
                aOffset += aStrides[axis]
                bOffset += bStrides[axis]
                if index[axis] < outShape[axis] { break }
                aOffset -= aStrides[axis] * outShape[axis]
                bOffset -= bStrides[axis] * outShape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
    }
}
