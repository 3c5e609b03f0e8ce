extension String {
    func repeated(_ n: Int) -> String {
        var s = ""
        for _ in 0..<n { s += self }
        return s
    }
    var shouted: String { self.uppercased() + "!" }
}
print("ab".repeated(3)) // expect: ababab
let word = "hey"
print(word.shouted, word.repeated(2).shouted) // expect: HEY! HEYHEY!
