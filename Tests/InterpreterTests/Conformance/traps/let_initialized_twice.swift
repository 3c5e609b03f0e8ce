// nbrun-deviation: Swift rejects this at compile time; we trap at the second store.
let v: Int
v = 1
v = 2 // expect runtime error: 4:1: immutable value 'v' may only be initialized once
