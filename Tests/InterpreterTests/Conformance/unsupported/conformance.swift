struct P: Hashable { // expect error: 1:11: conformance to 'Hashable' is not supported in notebooks
    var x: Int
}
