enum LoadError: Error { case missing(file: String) }
func load(_ name: String) throws -> String {
    throw LoadError.missing(file: name)
}
print("start") // expect: start
let text = try load("data.csv") // expect runtime error: 3:5: Error raised at top level: main.LoadError.missing(file: "data.csv")
