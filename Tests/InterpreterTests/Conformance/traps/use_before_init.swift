// nbrun-deviation: Swift rejects this at compile time; we trap when the value is read.
var pending: Int
if Bool("false") ?? false {
    pending = 1
}
print(pending) // expect runtime error: 6:7: variable 'pending' used before being initialized
