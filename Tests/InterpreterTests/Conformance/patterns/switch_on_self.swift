enum Light {
    case red, yellow, green
    var next: Light {
        switch self {
        case .red: return .green
        case .green: return .yellow
        case .yellow: return .red
        }
    }
}
var l = Light.red
for _ in 0..<4 { l = l.next; print(l) } // expect: green
// expect: yellow
// expect: red
// expect: green
