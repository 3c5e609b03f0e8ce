enum Switch {
    case on, off
    mutating func toggle() {
        self = self == .on ? .off : .on
    }
}
var light = Switch.off
light.toggle()
print(light) // expect: on
light.toggle()
print(light) // expect: off
