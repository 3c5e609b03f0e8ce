class Settings {
    var rate = 0.1
    var steps = 10
    var name = "sgd"
}
let s = Settings()
print(s.rate, s.steps, s.name) // expect: 0.1 10 sgd
s.steps *= 3
print(s.steps) // expect: 30
