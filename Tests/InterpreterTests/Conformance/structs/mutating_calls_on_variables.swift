// `mutating` methods called on a plain variable (a global, a local, a captured variable, `self`)
// change it in place and leave it changed however the call ends: a throwing method keeps the
// changes made before the throw, `inout` arguments are written back, defaults are filled in, and a
// method that calls another mutating method on `self` sees its own changes.
struct Counter {
    var count = 0
    var log: [String] = []
    enum Overflow: Error { case at(Int) }

    mutating func add(_ n: Int = 1, note: String = "add") {
        count += n
        log.append(note)
    }

    mutating func addChecked(_ n: Int, limit: Int) throws {
        add(n, note: "checked")
        if count > limit { throw Overflow.at(count) }
    }

    mutating func drain(into total: inout Int) -> Int {
        total += count
        let was = count
        count = 0
        log.append("drained")
        return was
    }

    mutating func twice(_ n: Int) -> Int {
        add(n)
        add(n, note: "again")
        return count
    }
}
var global = Counter()
global.add()
global.add(5, note: "five")
print(global.count, global.log)
// expect: 6 ["add", "five"]
do {
    try global.addChecked(3, limit: 20)
    try global.addChecked(30, limit: 20)
} catch {
    print("caught \(error)", global.count, global.log.count)
}
// expect: caught at(39) 39 4
var sum = 100
print(global.drain(into: &sum), sum, global.count)
// expect: 39 139 0
func local() -> String {
    var c = Counter()
    let r = c.twice(4)
    var captured = Counter()
    let bump = { (n: Int) -> Int in
        captured.add(n)
        return captured.count
    }
    _ = bump(2)
    let b = bump(3)
    var inner = 0
    for i in 1...3 { inner += c.twice(i) }
    return "\(r) \(c.count) \(c.log.count) \(b) \(captured.log) \(inner)"
}
print(local())
// expect: 8 20 8 5 ["add", "add"] 44
var counters = [Counter(), Counter()]
counters[1].add(7)
print(counters.map(\.count))
// expect: [0, 7]
