protocol Describable { func describe() -> String }
struct Loader {
    enum Failure: Error, Equatable {
        case missing(String)
        case empty
    }
    struct Record { var name: String }
    func load(_ name: String) throws -> Record {
        if name.isEmpty { throw Failure.empty }
        if name == "x" { throw Loader.Failure.missing(name) }
        return Record(name: name)
    }
}
extension Loader.Failure: Describable {
    func describe() -> String {
        switch self {
        case .missing(let n): return "missing \(n)"
        case .empty: return "empty"
        }
    }
}
let loader = Loader()
for name in ["a", "", "x"] {
    do {
        let r = try loader.load(name)
        print("loaded", r.name)
    } catch Loader.Failure.empty {
        print("caught empty")
    } catch let f as Loader.Failure {
        print(f.describe(), f == .missing("x"), f)
    } catch {
        print("other")
    }
}
// expect: loaded a
// expect: caught empty
// expect: missing x true missing("x")
let failures: [Describable] = [Loader.Failure.empty, Loader.Failure.missing("y")]
print(failures.map { $0.describe() }) // expect: ["empty", "missing y"]
