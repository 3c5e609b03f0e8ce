/// Something a gradient can be taken with respect to: a watched tensor or a variable.
public enum GradientSource {
    /// A tensor; it must have been watched (`tape.watch`) or computed on the tape.
    case tensor(Tensor)
    /// A variable; trainable variables read inside `record` are watched automatically.
    case variable(Variable)

    var identity: TensorIdentity {
        switch self {
        case .tensor(let t): t.identity
        case .variable(let v): v.handle
        }
    }

    var shape: [Int] {
        switch self {
        case .tensor(let t): t.shape
        case .variable(let v): v.shape
        }
    }

    var dtype: DType {
        switch self {
        case .tensor(let t): t.dtype
        case .variable(let v): v.dtype
        }
    }
}

/// What `gradient` returns for a source that does not reach the target.
public enum UnconnectedGradients: Sendable {
    /// `nil` (TensorFlow's default, `UnconnectedGradients.NONE`).
    case none
    /// A tensor of zeros shaped like the source.
    case zero
}
