struct Rect {
    var width: Double
    var height: Double

    func area() -> Double {
        return width * height
    }

    func scaled(by factor: Double) -> Rect {
        Rect(width: width * factor, height: self.height * factor)
    }

    func describe(_ prefix: String = "rect") -> String {
        "\(prefix) \(width)x\(height) of area \(area())"
    }
}
let r = Rect(width: 2, height: 3)
print(r.area()) // expect: 6.0
print(r.scaled(by: 2)) // expect: Rect(width: 4.0, height: 6.0)
print(r.describe()) // expect: rect 2.0x3.0 of area 6.0
print(r.describe("box")) // expect: box 2.0x3.0 of area 6.0
