class Slider {
    var events: [String] = []
    var position: Double = 0 {
        willSet(next) { events.append("will \(position) -> \(next)") }
        didSet(previous) { events.append("did \(previous) -> \(position)") }
    }
    init() { position = 1 }
}
let s = Slider()
s.position = 2
print(s.events) // expect: ["will 1.0 -> 2.0", "did 1.0 -> 2.0"]
print(s.position) // expect: 2.0
