struct M {
    let v = 0 { // expect error: 2:15: 'let' declarations cannot be observing properties
        didSet { }
    }
}
