func run() {
    defer { print("first deferred, runs last") } // expect: body
    defer { print("second deferred, runs first") } // expect: second deferred, runs first
    print("body") // expect: first deferred, runs last
}
run()
