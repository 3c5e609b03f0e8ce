struct Failure: Error {
    var reason: String
}
func work() throws { throw Failure(reason: "disk full") }
do {
    try work()
} catch let f as Failure {
    print(f.reason) // expect: disk full
}
do { try work() } catch { print(error) } // expect: Failure(reason: "disk full")
