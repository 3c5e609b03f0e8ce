import Testing

@testable import Autodiff

@Suite struct KernelTests {
    /// The element of a broadcast operand at a row-major output position, computed the slow way.
    private func naiveIndex(_ position: Int, outShape: [Int], operand: [Int]) -> Int {
        var remaining = position
        var coordinates = [Int](repeating: 0, count: outShape.count)
        for axis in outShape.indices.reversed() {
            coordinates[axis] = remaining % outShape[axis]
            remaining /= outShape[axis]
        }
        let offset = outShape.count - operand.count
        var index = 0
        for (i, dim) in operand.enumerated() {
            index = index * dim + (dim == 1 ? 0 : coordinates[i + offset])
        }
        return index
    }

    @Test(arguments: [
        ([2, 3, 4], [3, 1]), ([4, 1, 3], [2, 1]), ([1], [2, 2]), ([2, 1, 1], [1, 3, 2]), ([5], [1]),
    ])
    func broadcastKernelMatchesNaiveIndexing(aShape: [Int], bShape: [Int]) throws {
        let outShape = try ShapeMath.broadcast(aShape, bShape, op: "test")
        let a = (0..<aShape.reduce(1, *)).map { Double($0) }
        let b = (0..<bShape.reduce(1, *)).map { Double($0) * 100 }
        let out = BroadcastKernel.apply(a, aShape, b, bShape, outShape: outShape) { $0 + $1 }
        #expect(out.count == outShape.reduce(1, *))
        for position in out.indices {
            let expected = a[naiveIndex(position, outShape: outShape, operand: aShape)]
                + b[naiveIndex(position, outShape: outShape, operand: bShape)]
            #expect(out[position] == expected)
        }
    }

    @Test func stridedGatherAndScatterAreInverse() {
        let source = Array(0..<24)
        // Rows 1..2 and columns 1..3 of a [4, 6] matrix.
        let block = StridedKernel.gather(source, offset: 7, shape: [2, 3], strides: [6, 1])
        #expect(block == [7, 8, 9, 13, 14, 15])
        var target = [Int](repeating: 0, count: 24)
        StridedKernel.scatter(block, into: &target, offset: 7, shape: [2, 3], strides: [6, 1])
        #expect(target.enumerated().filter { $0.element != 0 }.map(\.offset) == [7, 8, 9, 13, 14, 15])
        #expect(StridedKernel.gather(source, offset: 0, shape: [2, 2], strides: [1, 6]) == [0, 6, 1, 7])
        #expect(StridedKernel.gather(source, offset: 5, shape: [], strides: []) == [5])
        #expect(StridedKernel.gather(source, offset: 0, shape: [0, 3], strides: [3, 1]).isEmpty)
    }

    @Test func reductionKernelHandlesEveryLayout() {
        let values: [Double] = (0..<24).map(Double.init)
        // [2, 3, 4] reduced over the middle axis.
        let middle = ReductionKernel.reduce(values, outer: 2, count: 3, inner: 4, initial: 0, +)
        #expect(middle == [12, 15, 18, 21, 48, 51, 54, 57])
        let last = ReductionKernel.reduce(values, outer: 6, count: 4, inner: 1, initial: -.infinity, Swift.max)
        #expect(last == [3, 7, 11, 15, 19, 23])
        #expect(ReductionKernel.reduce(values, outer: 1, count: 0, inner: 3, initial: 0, +) == [0, 0, 0])
    }

    @Test func gatherShortcutsMatchTheWalk() {
        let source = Array(0..<6)
        // Transposing [6, 1] to [1, 6] keeps storage order; so does a view that only adds unit axes.
        #expect(StridedKernel.gather(source, offset: 0, shape: [1, 6], strides: [1, 1]) == source)
        #expect(StridedKernel.gather(source, offset: 0, shape: [2, 1, 3], strides: [3, 99, 1]) == source)
        // A broadcast of one element fills.
        #expect(StridedKernel.gather(source, offset: 4, shape: [2, 3], strides: [0, 0]) == [4, 4, 4, 4, 4, 4])
        // Not shortcuts: a real transpose, and a contiguous view of only part of the source.
        #expect(StridedKernel.gather(source, offset: 0, shape: [3, 2], strides: [1, 3]) == [0, 3, 1, 4, 2, 5])
        #expect(StridedKernel.gather(source, offset: 0, shape: [4], strides: [1]) == [0, 1, 2, 3])
    }
}

