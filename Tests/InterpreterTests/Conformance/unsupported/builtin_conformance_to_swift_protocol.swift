extension Int: Identifiable { // expect error: 1:16: a conformance of the built-in type 'Int' to 'Identifiable' is not supported in notebooks
    var id: Int { self }
}
