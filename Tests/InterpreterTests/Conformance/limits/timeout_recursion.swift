func spin(_ n: Int) -> Int { n == 0 ? 0 : spin(n - 1) + spin(n - 1) }
print(spin(100)) // expect timeout
