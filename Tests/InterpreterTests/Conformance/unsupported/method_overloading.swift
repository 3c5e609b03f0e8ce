struct Vec {
    var x: Double
    func scaled(by k: Double) -> Vec { Vec(x: x * k) }
    func scaled(to length: Double) -> Vec { Vec(x: length) } // expect error: 4:10: overloading the method 'scaled' by argument labels is not supported in notebooks
}
