protocol D { var summary: String { get } }
extension String: D { var summary: String { "str:\(self)" } }
struct P: D { var summary: String { "p" } }
extension Array where Element: D {
    var all: String { self.map { $0.summary }.joined(separator: ",") }
}
print(["a", "b"].all, [P()].all)
// expect: str:a,str:b p
