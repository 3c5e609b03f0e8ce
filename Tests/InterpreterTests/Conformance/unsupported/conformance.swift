struct P: Codable { // expect error: 1:11: conformance to 'Codable' is not supported in notebooks
    var x: Int
}
