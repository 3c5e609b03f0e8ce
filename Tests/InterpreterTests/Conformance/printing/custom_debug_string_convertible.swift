struct D: CustomDebugStringConvertible { var debugDescription: String { "DBG" } }
print(D(), [D()], "\(D())")
struct Both: CustomStringConvertible, CustomDebugStringConvertible {
    var description: String { "desc" }
    var debugDescription: String { "debug" }
}
print(Both(), [Both()], String(describing: Both()), String(reflecting: Both()))
debugPrint(Both())
enum E: CustomDebugStringConvertible { case a; var debugDescription: String { "E.a!" } }
print(E.a, [E.a])
final class K: CustomDebugStringConvertible { var debugDescription: String { "K()" } }
print(K(), [K()])
// expect: DBG [DBG] DBG
// expect: desc [debug] desc debug
// expect: debug
// expect: E.a! [E.a!]
// expect: K() [K()]
