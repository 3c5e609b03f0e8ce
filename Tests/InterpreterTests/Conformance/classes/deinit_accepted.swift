class Resource {
    var name: String
    init(name: String) { self.name = name }
    deinit {}
}
let r = Resource(name: "file")
print(r.name) // expect: file
