// nbrun-deviation: Swift's run-time message names the variable's address, not its name
struct P { var x = 1; var y = 2 }
var p = P()
swap(&p.x, &p.y) // expect runtime error: 4:12: Simultaneous accesses to 'p', but modification requires exclusive access.
