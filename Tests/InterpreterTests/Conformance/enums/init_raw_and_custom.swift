enum Grade: Int {
    case fail = 0, pass = 1
    init(score: Double) {
        self = score >= 0.5 ? .pass : .fail
    }
}
print(Grade(score: 0.7), Grade(rawValue: 0)!) // expect: pass fail
