class Config {
    var lr = 0.01
    var epochs = 5
    let seed: Int
    var tags: [String] = ["base"]
    init(seed: Int) { self.seed = seed }
}
let a = Config(seed: 1)
let b = Config(seed: 2)
a.tags.append("a")
print(a.tags, b.tags) // expect: ["base", "a"] ["base"]
print(a.seed, b.seed, a.lr, b.epochs) // expect: 1 2 0.01 5
