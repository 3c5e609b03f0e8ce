enum Key { case up, down, left, right, enter }
func axis(_ k: Key) -> String {
    switch k {
    case .up, .down: return "vertical"
    case .left, .right: return "horizontal"
    default: return "none"
    }
}
print(axis(.down), axis(.left), axis(.enter)) // expect: vertical horizontal none
