protocol Scalable {
    var v: Double { get }
    init(v: Double)
}
extension Scalable {
    func doubled() -> Self { Self(v: v * 2) } // expect error: 6:30: 'Self' as a value in a protocol or its extension is not supported in notebooks
}
