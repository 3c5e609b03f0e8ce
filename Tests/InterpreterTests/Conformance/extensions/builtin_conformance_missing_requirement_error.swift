protocol Shape {
    var area: Double { get }
}
extension Int: Shape { // expect error: 4:1: type 'Int' does not conform to protocol 'Shape'
    var perimeter: Double { 4 }
}
print(3)
