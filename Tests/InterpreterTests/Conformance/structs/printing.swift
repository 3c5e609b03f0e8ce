struct Named {
    var name: String
    var scores: [Int]
    var best: Double?
}
let n = Named(name: "ada", scores: [1, 2], best: 2.5)
print(n) // expect: Named(name: "ada", scores: [1, 2], best: Optional(2.5))
print([n]) // expect: [main.Named(name: "ada", scores: [1, 2], best: Optional(2.5))]
let maybe: Named? = n
print(maybe!) // expect: Named(name: "ada", scores: [1, 2], best: Optional(2.5))
print("value: \(n)") // expect: value: Named(name: "ada", scores: [1, 2], best: Optional(2.5))
