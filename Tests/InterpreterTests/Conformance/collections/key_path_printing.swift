// A key path prints as Swift shows it: its root type and properties, also when the root is inferred.
struct Point { var x: Double; var inner: Inner }
struct Inner { var y: Int }
let k = \Point.x
print(k, \Point.inner.y) // expect: \Point.x \Point.inner.y
let ps = [Point(x: 1, inner: Inner(y: 2))]
print(ps.map(\.x)) // expect: [1.0]
let inferred: (Point) -> Int = \.inner.y
print(inferred(ps[0])) // expect: 2
