enum Key: Hashable { case id(Int), name(String) }
var d: [Key: String] = [:]
d[.id(1)] = "one"
d[.name("a")] = "A"
d[.id(1)] = "uno"
print(d.count, d[.id(1)]!, d[.name("a")]!) // expect: 2 uno A
print(d[.id(2)] == nil) // expect: true
