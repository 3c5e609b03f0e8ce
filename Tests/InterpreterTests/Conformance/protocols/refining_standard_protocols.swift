// A notebook protocol refining Swift's CustomStringConvertible, Hashable or Error: conforming types conform to those
// too (printing through `description`, dictionary keys, thrown errors).
protocol Node: CustomStringConvertible { var v: Int { get } }
struct N: Node { var v: Int; var description: String { "N\(v)" } }
final class M: Node { let v = 7; var description: String { "M(\(v))" } }
let nodes: [Node] = [N(v: 1), M()]
print(nodes[0], nodes, "\(nodes[1])") // expect: N1 [N1, M(7)] M(7)
protocol Key: Hashable { var name: String { get } }
struct K: Key { let name: String }
let counts = [K(name: "a"): 1, K(name: "b"): 2]
print(counts[K(name: "b")]!, K(name: "a") == K(name: "a")) // expect: 2 true
protocol Failure: Error { var code: Int { get } }
struct Bad: Failure { let code: Int }
do { throw Bad(code: 3) } catch let e as Bad { print("bad", e.code) } catch { print("other") } // expect: bad 3
