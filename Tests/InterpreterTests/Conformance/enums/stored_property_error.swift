enum Mode {
    case a
    var count = 0 // expect error: 3:9: enums must not contain stored properties
}
