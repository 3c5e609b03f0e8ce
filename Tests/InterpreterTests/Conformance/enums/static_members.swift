enum Units {
    case metric, imperial
    static let standard = Units.metric
    static func parse(_ s: String) -> Units { s == "imperial" ? .imperial : .metric }
}
print(Units.standard) // expect: metric
print(Units.parse("imperial")) // expect: imperial
print(Units.parse("x") == Units.standard) // expect: true
