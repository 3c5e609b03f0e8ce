enum Reading { case temp(Double), humidity(Int) }
func classify(_ r: Reading) -> String {
    switch r {
    case .temp(let t) where t > 30: return "hot"
    case .temp(let t) where t < 0: return "freezing"
    case .temp: return "mild"
    case .humidity(let h) where h > 80: return "humid"
    case .humidity: return "dry"
    }
}
print([Reading.temp(35), .temp(-2), .temp(20), .humidity(90), .humidity(10)].map(classify)) // expect: ["hot", "freezing", "mild", "humid", "dry"]
