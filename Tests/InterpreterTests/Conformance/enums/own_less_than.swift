// An enum's own `<` orders it everywhere (`sorted()`, `min()`, `max()`), also with a raw type, where
// Swift synthesises none.
enum Size: Comparable {
    case small, large
    static func < (a: Size, b: Size) -> Bool { return a == .large && b == .small }
}
print([Size.small, .large].sorted(), [Size.small, .large].max()!, [Size.large, .small].min()!) // expect: [main.Size.large, main.Size.small] small large
enum Level: Int, Comparable {
    case low = 1, high = 5
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
}
print([Level.high, .low].sorted(), Level.low < .high) // expect: [main.Level.low, main.Level.high] true
