struct M {
    var v: Int {
        get { 1 }
        didSet { } // expect error: 4:9: 'didSet' cannot be provided together with a getter
    }
}
