enum E: Error { case fail }
func step(_ n: Int) throws {
    defer { print("cleanup", n) } // expect: start 1
    print("start", n) // expect: finish 1
    if n == 2 { throw E.fail }
    print("finish", n) // expect: cleanup 1
}
do {
    try step(1)
    try step(2)
    try step(3)
} catch {
    print("caught", error) // expect: start 2
}
// expect: cleanup 2
// expect: caught fail
