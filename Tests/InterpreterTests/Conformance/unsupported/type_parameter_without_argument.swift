func zeros<T: Numeric>(_ n: Int) -> [T] {
    Array(repeating: T.zero, count: n) // expect error: 2:22: the type parameter 'T' used as a value where no parameter's type shows it is not supported in notebooks
}
let z: [Double] = zeros(3)
print(z)
