struct Meter {
    var log: [String] = []
    var reading = 0.0 {
        didSet { log.append("\(oldValue) -> \(reading)") }
    }
}
var m = Meter()
m.reading = 1.5
m.reading *= 2
print(m.log) // expect: ["0.0 -> 1.5", "1.5 -> 3.0"]
print(m.reading) // expect: 3.0
