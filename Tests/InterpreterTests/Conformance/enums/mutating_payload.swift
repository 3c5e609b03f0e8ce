enum Counter {
    case stopped
    case running(count: Int)
    mutating func tick() {
        switch self {
        case .stopped: self = .running(count: 1)
        case .running(let n): self = .running(count: n + 1)
        }
    }
}
var c = Counter.stopped
c.tick()
c.tick()
c.tick()
print(c) // expect: running(count: 3)
var copy = c
copy.tick()
print(c, copy) // expect: running(count: 3) running(count: 4)
