struct Model {
    struct Config {
        var lr: Double
        var epochs = 3
    }
    var config: Config
    var name: String
    func summary() -> String { "\(name): \(config.lr) x \(config.epochs)" }
    static func standard() -> Model { Model(config: Config(lr: 0.1), name: "std") }
}
let m = Model(config: Model.Config(lr: 0.5), name: "m")
print(m.summary()) // expect: m: 0.5 x 3
print(m.config) // expect: Config(lr: 0.5, epochs: 3)
print(m) // expect: Model(config: main.Model.Config(lr: 0.5, epochs: 3), name: "m")
let c: Model.Config = Model.Config(lr: 1, epochs: 9)
print([c]) // expect: [main.Model.Config(lr: 1.0, epochs: 9)]
print(Model.standard().summary()) // expect: std: 0.1 x 3
