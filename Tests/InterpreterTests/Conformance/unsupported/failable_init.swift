struct P {
    var x: Int
    init?(x: Int) { // expect error: 3:9: a failable initializer is not supported in notebooks
        self.x = x
    }
}
