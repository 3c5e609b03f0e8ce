func fib(_ n: Int) -> Int {
    if n < 2 {
        return n
    }
    let a = fib(n - 1)
    let b = fib(n - 2)
    return a + b
}
print(fib(25))
