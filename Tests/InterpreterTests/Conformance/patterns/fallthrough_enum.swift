enum Level { case high, medium, low }
var actions: [String] = []
switch Level.high {
case .high:
    actions.append("alert")
    fallthrough
case .medium:
    actions.append("log")
case .low:
    break
}
print(actions) // expect: ["alert", "log"]
