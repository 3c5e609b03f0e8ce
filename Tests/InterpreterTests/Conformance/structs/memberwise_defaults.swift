struct Config {
    var name: String
    var rate = 0.1
    let version = 2
    var tags: [String] = []
}
let a = Config(name: "a")
let b = Config(name: "b", rate: 0.5, tags: ["x"])
print(a) // expect: Config(name: "a", rate: 0.1, version: 2, tags: [])
print(b) // expect: Config(name: "b", rate: 0.5, version: 2, tags: ["x"])
print(b.version + 1) // expect: 3
