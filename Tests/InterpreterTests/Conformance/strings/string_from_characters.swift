// `String(characters)` joins a sequence of `Character`s (an array, `reversed()`, a `map`).
let cs: [Character] = ["a", "b", "c"]
print(String(cs), String("hello".reversed())) // expect: abc olleh
func grade(_ n: Int) -> Character { n > 80 ? "A" : "B" }
print(String([90, 70, 85].map(grade)), String(describing: cs)) // expect: ABA ["a", "b", "c"]
