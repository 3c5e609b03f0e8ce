struct Meter {
    var value: Double = 0 {
        didSet { // expect error: 3:9: a property observer ('didSet') is not supported in notebooks
            print(value)
        }
    }
}
