protocol Scalable {
    var v: Double { get }
    init(v: Double)
}
extension Scalable {
    static func unit() -> Self { Self(v: 1) } // expect error: 6:34: 'Self' as a value in a protocol or its extension is not supported in notebooks
}
