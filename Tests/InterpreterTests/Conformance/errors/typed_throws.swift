enum ParseError: Error {
    case empty
    case notANumber(String)
    case outOfRange(Int)
}
func parse(_ text: String) throws(ParseError) -> Int {
    guard !text.isEmpty else { throw .empty }
    guard let n = Int(text) else { throw ParseError.notANumber(text) }
    guard n >= 0 && n <= 100 else { throw .outOfRange(n) }
    return n
}
for input in ["42", "", "x1", "300"] {
    do {
        let n = try parse(input)
        print("ok", n)
    } catch {
        switch error {
        case .empty: print("empty")
        case .notANumber(let s): print("not a number:", s)
        case .outOfRange(let n): print("out of range:", n)
        }
    }
}
struct Validator {
    let limit: Int
    func check(_ xs: [Int]) throws(ParseError) -> Int {
        for x in xs where x > limit { throw .outOfRange(x) }
        return xs.reduce(0, +)
    }
}
do {
    print(try Validator(limit: 10).check([1, 2, 3]))
    print(try Validator(limit: 10).check([1, 20]))
} catch .outOfRange(let n) {
    print("caught", n)
} catch {
    print("other", error)
}
func never() throws(Never) -> Int { 7 }
print(never())
let r = try? parse("")
print(r as Any)
do throws(ParseError) {
    throw .empty
} catch {
    print("typed do:", error)
}
// expect: ok 42
// expect: empty
// expect: not a number: x1
// expect: out of range: 300
// expect: 6
// expect: caught 20
// expect: 7
// expect: nil
// expect: typed do: empty
