protocol Sized {
    var count: Int { get }
}
extension String: Sized {} // expect error: 4:1: the built-in member 'count' of 'String' as the implementation of a requirement of 'Sized' (declare 'count' in the extension) is not supported in notebooks
