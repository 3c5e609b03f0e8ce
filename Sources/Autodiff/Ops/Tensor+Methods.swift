/// Methods mirroring the free functions, for `t.reshaped([2, 3])`-style code.
extension Tensor {
    /// `reshape(self, shape)`.
    public func reshaped(_ shape: [Int]) throws(TensorError) -> Tensor { try reshape(self, shape) }
    /// `transpose(self)`.
    public func transposed() throws(TensorError) -> Tensor { try transpose(self) }
    /// `reduceSum(self, axis:, keepDims:)`.
    public func sum(axis: Int? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
        try reduceSum(self, axis: axis, keepDims: keepDims)
    }
    /// `reduceMean(self, axis:, keepDims:)`.
    public func mean(axis: Int? = nil, keepDims: Bool = false) throws(TensorError) -> Tensor {
        try reduceMean(self, axis: axis, keepDims: keepDims)
    }
}
