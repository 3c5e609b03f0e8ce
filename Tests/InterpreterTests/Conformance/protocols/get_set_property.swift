protocol HasValue {
    var value: Double { get set }
}
struct Cell: HasValue {
    var value: Double
}
var v: HasValue = Cell(value: 1)
v.value = 2.5
v.value += 1
print(v.value) // expect: 3.5
