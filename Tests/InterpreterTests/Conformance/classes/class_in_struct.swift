class Log {
    var lines: [String] = []
    func add(_ s: String) { lines.append(s) }
}
struct Worker {
    var name: String
    let log: Log
    func work() { log.add("\(name) worked") }
}
let log = Log()
let a = Worker(name: "a", log: log)
var b = a
b.name = "b"
a.work()
b.work()
print(log.lines) // expect: ["a worked", "b worked"]
print(a.log === b.log) // expect: true
