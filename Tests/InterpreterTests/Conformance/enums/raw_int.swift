enum Level: Int {
    case low = 1, medium, high
    case extreme = 10
    case beyond
}
print(Level.low.rawValue, Level.medium.rawValue, Level.high.rawValue) // expect: 1 2 3
print(Level.extreme.rawValue, Level.beyond.rawValue) // expect: 10 11
print(Level(rawValue: 3) as Any) // expect: Optional(main.Level.high)
print(Level(rawValue: 4) as Any) // expect: nil
if let l = Level(rawValue: 11) { print(l) } // expect: beyond
print(Level.high) // expect: high
