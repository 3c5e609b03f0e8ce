enum E: Error { case stop }
func work(_ x: inout Int) throws {
    x = 5
    throw E.stop
}
var v = 0
do { try work(&v) } catch { print("caught", v) } // expect: caught 5
