// Swift's `Error` as a type (parameters, arrays, annotations, `any Error`) and `is` / `as?` on a
// caught error or an `Error` value.
enum E: Error { case bad(Int) }
struct Other: Error { var why: String }
func report(_ e: Error) -> String { return "failed: \(e)" }
do { throw E.bad(3) } catch {
    print(report(error)) // expect: failed: bad(3)
    if let e = error as? E { print("E:", e) } // expect: E: bad(3)
    print(error is E, error is Other) // expect: true false
}
var errors: [Error] = []
errors.append(Other(why: "x"))
errors.append(E.bad(1))
print(errors.count, errors.map { $0 is Other }) // expect: 2 [true, false]
let first: Error = errors[0]
if let o = first as? Other { print(o.why) } // expect: x
let anyError: any Error = Other(why: "y")
print(anyError) // expect: Other(why: "y")
