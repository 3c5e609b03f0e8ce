protocol Shape {
    func area() -> Double
}
struct Square: Shape { // expect error: 4:8: type 'Square' does not conform to protocol 'Shape'
    var side: Double
}
