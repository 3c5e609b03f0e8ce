class C {
    func f(_ x: Int) -> Int { x }
    func f(_ x: String) -> String { x } // expect error: 3:10: overloading the method 'f' by parameter type is not supported in notebooks
}
