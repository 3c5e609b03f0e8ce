// swiftc: "static stored properties not supported in protocol extensions", at the property.
protocol Shape {}
extension Shape {
    static let sides = 0 // expect error: 4:16: static stored properties not supported in protocol extensions
}
