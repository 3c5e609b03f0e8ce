extension String {
    var words: Int { split(separator: " ").count }
    var firstWord: String { String(split(separator: " ").first ?? "") }
}
print("a b c".words, "hello world".firstWord)
let s = "hello"
let sub: Substring = s.prefix(3)
print(sub, String(sub), Substring(s).count)
// expect: 3 hello
// expect: hel hel 5
