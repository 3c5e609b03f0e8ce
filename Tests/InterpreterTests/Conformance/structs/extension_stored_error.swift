struct P {
    var x: Int
}
extension P {
    var y: Int = 0 // expect error: 5:9: extensions must not contain stored properties
}
