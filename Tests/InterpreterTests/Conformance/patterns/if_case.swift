enum Result { case ok(Int), failed(String) }
let r = Result.ok(42)
if case .ok(let v) = r {
    print("ok", v) // expect: ok 42
}
if case .failed = r { print("failed") } else { print("not failed") } // expect: not failed
let f = Result.failed("disk")
if case let .failed(why) = f, why.count > 2 {
    print(why) // expect: disk
}
