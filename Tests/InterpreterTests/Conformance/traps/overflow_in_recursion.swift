func factorial(_ n: Int) -> Int {
    return n < 2 ? 1 : n * factorial(n - 1)
}
print(factorial(20))
// expect: 2432902008176640000
print(factorial(21)) // expect runtime error: 2:26: Arithmetic operation resulted in an overflow
