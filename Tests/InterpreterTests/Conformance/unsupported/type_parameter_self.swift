func describe<T>(_ x: T) -> String {
    "\(T.self)" // expect error: 2:8: a generic type parameter used as a value ('T.self') is not supported in notebooks
}
print(describe(1))
