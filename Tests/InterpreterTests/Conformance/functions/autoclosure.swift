var evaluated = 0
func expensive() -> String { evaluated += 1; return "details" }
func check(_ cond: Bool, _ msg: @autoclosure () -> String) {
    if !cond { print("failed:", msg()) }
}
check(true, expensive())
check(false, "bad value " + expensive())
print(evaluated)
func orDefault(_ x: Int?, _ fallback: @autoclosure () -> Int) -> Int { x ?? fallback() }
print(orDefault(nil, 4 * 10), orDefault(2, Int(expensive())!))
struct Logger {
    var lines: [String] = []
    mutating func log(_ level: Int, _ text: @autoclosure () -> String) {
        if level > 1 { lines.append(text()) }
    }
}
var logger = Logger()
logger.log(1, expensive())
logger.log(2, "kept \(evaluated)")
print(logger.lines, evaluated)
// expect: failed: bad value details
// expect: 1
// expect: 40 2
// expect: ["kept 1"] 1
