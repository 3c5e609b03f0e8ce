struct Gauge {
    var level = 0 {
        willSet { print("will", level, "->", newValue) }
        didSet { print("did", oldValue, "->", level) }
    }
    var plain = 0.0

    mutating func raise() {
        level += 1
        self.level *= 3
        plain += 0.5
    }
}
struct Panel {
    var gauge = Gauge()
    var name = "p"
}
var g = Gauge()
g.level = 2 // expect: will 0 -> 2
// expect: did 0 -> 2
g.level += 1 // expect: will 2 -> 3
// expect: did 2 -> 3
g.raise() // expect: will 3 -> 4
// expect: did 3 -> 4
// expect: will 4 -> 12
// expect: did 4 -> 12
var p = Panel()
p.gauge.level -= 5 // expect: will 0 -> -5
// expect: did 0 -> -5
p.gauge.plain += 1
var panels = [p]
panels[0].gauge.level = 7 // expect: will -5 -> 7
// expect: did -5 -> 7
final class Meter {
    var reading = 0.0 {
        didSet { print("reading", oldValue, reading) }
    }
}
let m = Meter()
m.reading += 1.5 // expect: reading 0.0 1.5
m.reading = 4 // expect: reading 1.5 4.0
print(g.level, g.plain, p.gauge.level, p.gauge.plain, panels[0].gauge.level) // expect: 12 0.5 -5 1.0 7
struct Temperature {
    var kelvin: Double
    var celsius: Double {
        get { kelvin - 273.0 }
        set { kelvin = newValue + 273.0 }
    }
}
struct Room {
    var temperature = Temperature(kelvin: 300)
}
var t = Temperature(kelvin: 273)
t.celsius = 10
t.celsius += 5
var room = Room()
room.temperature.celsius -= 7
print(t.kelvin, room.temperature.kelvin, room.temperature.celsius) // expect: 288.0 293.0 20.0
