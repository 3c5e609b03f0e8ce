struct Vec {
    var x: Double
    func scaled(by k: Double) -> Vec { Vec(x: x * k) }
    func scaled(to length: Double) -> Vec { Vec(x: length) }
    func scaled(to length: Double) -> Vec { Vec(x: -length) } // expect error: 5:10: invalid redeclaration of 'scaled(to:)'
}
